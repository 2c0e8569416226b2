-- Every save of a project's draft is a version. anchors holds one stable id per top-level Markdown
-- block, in order and separated by spaces, so a paragraph keeps its link and its comments across edits.
create table policy_draft_versions (
    project_id   bigint not null references policy_projects (id) on delete cascade,
    number       int not null,
    markdown     text not null check (char_length(markdown) <= 200000),
    anchors      text not null,
    author_id    bigint not null references accounts (id),
    credited_id  bigint references accounts (id),
    note         text not null default '' check (char_length(note) <= 500),
    created_at   timestamp with time zone not null default now(),
    primary key (project_id, number)
);
