-- Opinion maps attached to a stage of a policy project: such a map is seen only by those who may see the project.
alter table opinion_maps
    add column project_id    bigint references policy_projects (id) on delete cascade,
    add column project_stage smallint check (project_stage between 1 and 6),
    add constraint opinion_maps_project_stage check ((project_id is null) = (project_stage is null));
create index opinion_maps_by_project on opinion_maps (project_id, id desc) where project_id is not null;

-- Who is in which opinion group, as of the latest computation: read only to count people by group (options
-- ordered by support across groups, how each group voted on a statement), never shown person by person.
create table opinion_group_members (
    map_id      bigint not null references opinion_maps (id) on delete cascade,
    account_id  bigint not null,
    group_number integer not null check (group_number >= 1),
    primary key (map_id, account_id)
);

-- A common-ground statement turned into a question, evidence or an option of the map's project: once per kind.
create table opinion_statement_uses (
    statement_id    bigint not null references opinion_statements (id) on delete cascade,
    kind            text not null check (kind in ('QUESTION', 'EVIDENCE', 'OPTION')),
    map_id          bigint not null references opinion_maps (id) on delete cascade,
    contribution_id bigint not null references policy_contributions (id) on delete cascade,
    used_by         bigint references accounts (id) on delete set null,
    used_at         timestamp with time zone not null default now(),
    primary key (statement_id, kind)
);
create index opinion_statement_uses_by_map on opinion_statement_uses (map_id);

-- Where a contribution came from when it was made from elsewhere on the platform, such as an opinion map.
create table policy_contribution_origins (
    contribution_id bigint primary key references policy_contributions (id) on delete cascade,
    label           text not null check (char_length(label) between 1 and 400),
    path            text not null check (path ~ '^/[^/]'),
    detail          text not null default '' check (char_length(detail) <= 1000)
);
