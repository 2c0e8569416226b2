-- Consultations that inform a project, with how many of their responses a published decision answered:
-- part of the project's record of what became of what people said.
create table policy_consultation_outcomes (
    project_id       bigint not null references policy_projects (id) on delete cascade,
    consultation_id  bigint not null,
    title            text not null,
    outcome_path     text not null,
    responses        int not null,
    responses_linked int not null,
    published_at     timestamp with time zone not null default now(),
    primary key (project_id, consultation_id)
);
