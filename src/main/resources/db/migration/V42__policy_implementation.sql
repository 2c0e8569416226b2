-- Stage 6: the owners' implementation updates and milestones, and reports from people using the service.
create table policy_updates (
    id         bigint primary key,
    project_id bigint not null references policy_projects (id) on delete cascade,
    author_id  bigint not null references accounts (id),
    title      text not null check (char_length(title) between 1 and 200),
    body       text not null default '' check (char_length(body) <= 5000),
    status     text not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED')),
    created_at timestamp with time zone not null default now()
);
create index policy_updates_by_project on policy_updates (project_id, id);

create table policy_reports (
    id            bigint primary key,
    project_id    bigint not null references policy_projects (id) on delete cascade,
    author_id     bigint not null references accounts (id),
    what_happened text not null check (char_length(what_happened) between 1 and 5000),
    what_changed  text not null default '' check (char_length(what_changed) <= 5000),
    rating        int not null check (rating between 1 and 5),
    created_at    timestamp with time zone not null default now()
);
create index policy_reports_by_project on policy_reports (project_id, id);
