-- Policy projects and everything people contribute to them. A project private to a working group is
-- read through the groups audience rule over audience_group_id (null for a public project).
create table policy_projects (
    id                bigint primary key,
    slug              text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
    title             text not null check (char_length(title) between 1 and 120),
    summary           text not null default '' check (char_length(summary) <= 2000),
    created_by        bigint not null references accounts (id),
    group_id          bigint references groups (id),
    visibility        text not null check (visibility in ('PUBLIC', 'GROUP')),
    audience_group_id bigint generated always as (case when visibility = 'GROUP' then group_id end) stored,
    stage             int not null default 1 check (stage between 1 and 6),
    licence           text,
    published_version int,
    created_at        timestamp with time zone not null default now(),
    check (visibility = 'PUBLIC' or group_id is not null)
);
create index policy_projects_by_group on policy_projects (group_id);

create table policy_followers (
    project_id  bigint not null references policy_projects (id) on delete cascade,
    account_id  bigint not null references accounts (id) on delete cascade,
    followed_at timestamp with time zone not null default now(),
    primary key (project_id, account_id)
);

-- What happened on a project, in order: stage moves, publication, versions; shown as its timeline.
create table policy_project_events (
    id         bigint primary key,
    project_id bigint not null references policy_projects (id) on delete cascade,
    actor_id   bigint references accounts (id),
    summary    text not null,
    created_at timestamp with time zone not null default now()
);
create index policy_project_events_by_project on policy_project_events (project_id, id);

-- Questions, evidence, options, paragraph comments and amendments share one table, so that "you said,
-- we did" (the outcome) and the open-data export treat every contribution alike.
create table policy_contributions (
    id               bigint primary key,
    project_id       bigint not null references policy_projects (id) on delete cascade,
    kind             text not null check (kind in ('QUESTION', 'EVIDENCE', 'OPTION', 'COMMENT', 'AMENDMENT')),
    author_id        bigint not null references accounts (id),
    title            text not null default '' check (char_length(title) <= 200),
    body             text not null check (char_length(body) between 1 and 10000),
    evidence_kind    text check (evidence_kind in ('CASE_STUDY', 'EXPERIENCE', 'RESEARCH', 'DATA')),
    source           text not null default '' check (char_length(source) <= 500),
    sector           text,
    locality         text not null default '' check (char_length(locality) <= 100),
    contributor_role text,
    paragraph        text,
    merged_into      bigint references policy_contributions (id),
    outcome          text check (outcome in ('ADOPTED', 'CHANGED', 'NOT_ADOPTED', 'OUT_OF_SCOPE')),
    outcome_reason   text not null default '' check (char_length(outcome_reason) <= 2000),
    outcome_version  int,
    outcome_at       timestamp with time zone,
    created_at       timestamp with time zone not null default now(),
    check (outcome not in ('NOT_ADOPTED', 'OUT_OF_SCOPE') or outcome_reason <> '')
);
create index policy_contributions_by_project on policy_contributions (project_id, kind, id);
create index policy_contributions_by_author on policy_contributions (author_id, id);

-- Support for a question or option, and "matches my experience" for evidence.
create table policy_supports (
    contribution_id bigint not null references policy_contributions (id) on delete cascade,
    account_id      bigint not null references accounts (id) on delete cascade,
    primary key (contribution_id, account_id)
);

create table policy_option_evidence (
    option_id   bigint not null references policy_contributions (id) on delete cascade,
    evidence_id bigint not null references policy_contributions (id) on delete cascade,
    primary key (option_id, evidence_id)
);
