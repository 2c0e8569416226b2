-- A consultation: what is asked, what is open to change and what is settled, who it is for, and when.
create table consultations (
    id                bigint primary key,
    slug              text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
    title             text not null check (char_length(title) between 1 and 120),
    summary           text not null check (char_length(summary) between 1 and 600),
    background        text not null default '' check (char_length(background) <= 20000),
    open_to_change    text not null check (char_length(open_to_change) <= 4000),
    already_decided   text not null check (char_length(already_decided) <= 4000),
    audience_roles    text[] not null default '{}',
    audience_sectors  text[] not null default '{}',
    audience_localities text not null default '' check (char_length(audience_localities) <= 200),
    opens_at          timestamp with time zone not null,
    closes_at         timestamp with time zone not null check (closes_at > opens_at),
    anonymous_allowed boolean not null default true,
    -- Run by a group: its members organise it.
    group_id          bigint references groups (id) on delete set null,
    -- A policy project this consultation feeds (the policy module links outcomes to it).
    project_ref       text check (char_length(project_ref) <= 80),
    created_by        bigint not null references accounts (id),
    created_at        timestamp with time zone not null default now(),
    -- Null while the organisers are still writing it: only they can see it then.
    published_at      timestamp with time zone,
    outcome_summary   text not null default '' check (char_length(outcome_summary) <= 4000),
    outcome_published_at timestamp with time zone
);
create index consultations_listed on consultations (closes_at) where published_at is not null;

-- Organisers and the analysts they add (the creator and, for a group, its members organise too).
create table consultation_team (
    consultation_id bigint not null references consultations (id) on delete cascade,
    account_id      bigint not null references accounts (id) on delete cascade,
    role            text not null check (role in ('ORGANISER', 'ANALYST')),
    primary key (consultation_id, account_id)
);
create index consultation_team_by_account on consultation_team (account_id);

create table consultation_sections (
    id              bigint primary key,
    consultation_id bigint not null references consultations (id) on delete cascade,
    position        int not null,
    title           text not null check (char_length(title) between 1 and 120),
    introduction    text not null default '' check (char_length(introduction) <= 2000)
);
create index consultation_sections_by_consultation on consultation_sections (consultation_id, position);

create table consultation_questions (
    id              bigint primary key,
    section_id      bigint not null references consultation_sections (id) on delete cascade,
    consultation_id bigint not null references consultations (id) on delete cascade,
    position        int not null,
    kind            text not null check (kind in ('FREE_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'AGREEMENT', 'RANKING')),
    prompt          text not null check (char_length(prompt) between 1 and 500),
    hint            text not null default '' check (char_length(hint) <= 500),
    required        boolean not null,
    max_length      int not null default 0 check (max_length between 0 and 10000),
    options         text[] not null default '{}'
);
create index consultation_questions_by_section on consultation_questions (section_id, position);

-- One response, reached by its private link (token) whether or not the respondent is signed in.
create table consultation_responses (
    id              bigint primary key,
    consultation_id bigint not null references consultations (id) on delete cascade,
    token           text not null unique,
    account_id      bigint references accounts (id) on delete set null,
    status          text not null check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    capacity        text,
    sector          text,
    locality        text not null default '' check (char_length(locality) <= 80),
    publish_consent boolean not null default false,
    -- Only for the receipt of an anonymous response; never shown or exported.
    receipt_email   text check (char_length(receipt_email) <= 254),
    created_at      timestamp with time zone not null default now(),
    submitted_at    timestamp with time zone,
    withdrawn_at    timestamp with time zone
);
create index consultation_responses_by_consultation on consultation_responses (consultation_id, status);
create unique index consultation_responses_one_per_account on consultation_responses (consultation_id, account_id)
    where account_id is not null and status <> 'WITHDRAWN';

create table consultation_answers (
    response_id bigint not null references consultation_responses (id) on delete cascade,
    question_id bigint not null references consultation_questions (id) on delete cascade,
    text_value  text check (char_length(text_value) <= 10000),
    -- Option positions: the one chosen, those ticked, the agreement level (1 to 5), or the ranking in order.
    choices     int[] not null default '{}',
    primary key (response_id, question_id)
);
create index consultation_answers_by_question on consultation_answers (question_id);

create table consultation_themes (
    id              bigint primary key,
    consultation_id bigint not null references consultations (id) on delete cascade,
    name            text not null check (char_length(name) between 1 and 80),
    decision        text not null default '' check (char_length(decision) <= 2000),
    unique (consultation_id, name)
);

-- An analyst's coding of one answer into a theme; two analysts may code the same answer differently.
create table consultation_codings (
    response_id bigint not null,
    question_id bigint not null,
    theme_id    bigint not null references consultation_themes (id) on delete cascade,
    analyst_id  bigint not null references accounts (id) on delete cascade,
    primary key (response_id, question_id, theme_id, analyst_id),
    foreign key (response_id, question_id) references consultation_answers (response_id, question_id) on delete cascade
);
create index consultation_codings_by_theme on consultation_codings (theme_id);

-- A quotation chosen by an analyst to show under a theme, anonymised by the analyst.
create table consultation_quotes (
    id          bigint primary key,
    theme_id    bigint not null references consultation_themes (id) on delete cascade,
    response_id bigint not null references consultation_responses (id) on delete cascade,
    quote       text not null check (char_length(quote) between 1 and 1000)
);
create index consultation_quotes_by_theme on consultation_quotes (theme_id);
