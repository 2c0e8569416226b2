-- Maps imported from Pol.is: where their statements came from, how much was imported, and the votes of their
-- participants, who are Pol.is participant numbers rather than accounts here.

-- Pol.is takes statements longer than our own 140 characters; imported ones are kept whole, up to 1,000.
alter table opinion_statements add column polis_comment_id bigint;
alter table opinion_statements drop constraint opinion_statements_body_check;
alter table opinion_statements add constraint opinion_statements_body_check check (
    char_length(body) >= 1
    and (char_length(body) <= 140 or (polis_comment_id is not null and char_length(body) <= 1000)));

create table opinion_map_imports (
    map_id        bigint primary key references opinion_maps (id) on delete cascade,
    participants  integer not null check (participants >= 0),
    votes         integer not null check (votes >= 0),
    statements    integer not null check (statements >= 0),
    imported_at   timestamp with time zone not null default now()
);

create table opinion_imported_votes (
    map_id        bigint not null references opinion_maps (id) on delete cascade,
    statement_id  bigint not null references opinion_statements (id) on delete cascade,
    participant   bigint not null check (participant >= 0),
    vote          smallint not null check (vote in (-1, 0, 1)),
    voted_at      timestamp with time zone not null default now(),
    primary key (statement_id, participant)
);
create index opinion_imported_votes_by_map on opinion_imported_votes (map_id);
