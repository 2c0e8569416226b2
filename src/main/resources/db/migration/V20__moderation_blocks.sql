-- A block is one-way: the blocker stops hearing from the blocked account, who is not told.
create table blocks (
    blocker_id bigint not null references accounts (id) on delete cascade,
    blocked_id bigint not null references accounts (id) on delete cascade,
    created_at timestamp with time zone not null default now(),
    primary key (blocker_id, blocked_id),
    check (blocker_id <> blocked_id)
);
create index blocks_by_blocked on blocks (blocked_id);
