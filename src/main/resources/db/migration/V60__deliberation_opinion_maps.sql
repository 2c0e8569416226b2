-- Opinion maps: a prompt, statements people vote on, and the latest computed map.
create table opinion_maps (
    id                bigint primary key,
    prompt            text not null check (char_length(prompt) between 1 and 300),
    participation     text not null check (participation in ('LISTED', 'LINK')),
    open_statements   boolean not null,
    moderation        text not null check (moderation in ('PRE', 'POST')),
    created_by        bigint not null references accounts (id),
    created_at        timestamp with time zone not null default now(),
    -- When votes or moderation last changed, and when the map was last computed from them.
    changed_at        timestamp with time zone not null default now(),
    computed_at       timestamp with time zone,
    snapshot          jsonb
);
create index opinion_maps_listed on opinion_maps (id desc) where participation = 'LISTED';

create table opinion_statements (
    id          bigint primary key,
    map_id      bigint not null references opinion_maps (id) on delete cascade,
    author_id   bigint references accounts (id) on delete set null,
    body        text not null check (char_length(body) between 1 and 140),
    status      text not null check (status in ('ACCEPTED', 'PENDING', 'REJECTED')),
    created_at  timestamp with time zone not null default now()
);
create index opinion_statements_by_map on opinion_statements (map_id, id);

-- A participant's optional role is only ever shown counted together with others'.
create table opinion_participants (
    map_id      bigint not null references opinion_maps (id) on delete cascade,
    account_id  bigint not null references accounts (id) on delete cascade,
    role        text,
    joined_at   timestamp with time zone not null default now(),
    primary key (map_id, account_id)
);

create table opinion_votes (
    map_id        bigint not null references opinion_maps (id) on delete cascade,
    statement_id  bigint not null references opinion_statements (id) on delete cascade,
    account_id    bigint not null references accounts (id) on delete cascade,
    vote          smallint not null check (vote in (-1, 0, 1)),
    voted_at      timestamp with time zone not null default now(),
    primary key (statement_id, account_id)
);
create index opinion_votes_by_map on opinion_votes (map_id);
