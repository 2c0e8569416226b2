create table message_threads (
    id         bigint primary key,
    started_by bigint not null references accounts (id),
    created_at timestamp with time zone not null default now()
);

-- Who takes part in a thread, and the newest message each has seen there (0 before any).
create table message_participants (
    thread_id            bigint not null references message_threads (id) on delete cascade,
    account_id           bigint not null references accounts (id) on delete cascade,
    last_read_message_id bigint not null default 0,
    primary key (thread_id, account_id)
);
create index message_participants_by_account on message_participants (account_id, thread_id);

create table messages (
    id         bigint primary key,
    thread_id  bigint not null references message_threads (id) on delete cascade,
    author_id  bigint not null references accounts (id),
    body       text not null check (char_length(body) between 1 and 2000),
    body_html  text not null,
    created_at timestamp with time zone not null default now()
);
create index messages_by_thread on messages (thread_id, id);
