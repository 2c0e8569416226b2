create table groups (
    id          bigint primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    name        text not null check (char_length(name) between 1 and 80),
    description text not null default '' check (char_length(description) <= 1000),
    visibility  text not null check (visibility in ('PUBLIC', 'PRIVATE')),
    created_by  bigint not null references accounts (id),
    created_at  timestamp with time zone not null default now()
);

create table group_members (
    group_id   bigint not null references groups (id) on delete cascade,
    account_id bigint not null references accounts (id) on delete cascade,
    role       text not null check (role in ('OWNER', 'MODERATOR', 'MEMBER')),
    joined_at  timestamp with time zone not null default now(),
    primary key (group_id, account_id)
);
create index group_members_by_account on group_members (account_id);
-- Exactly one owner per group.
create unique index group_members_one_owner on group_members (group_id) where role = 'OWNER';

-- A request to join a private group, waiting for a moderator's decision.
create table group_join_requests (
    group_id     bigint not null references groups (id) on delete cascade,
    account_id   bigint not null references accounts (id) on delete cascade,
    message      text not null default '' check (char_length(message) <= 500),
    requested_at timestamp with time zone not null default now(),
    primary key (group_id, account_id)
);

-- An invitation waiting for the invitee to accept or decline.
create table group_invitations (
    group_id   bigint not null references groups (id) on delete cascade,
    invitee_id bigint not null references accounts (id) on delete cascade,
    inviter_id bigint not null references accounts (id) on delete cascade,
    invited_at timestamp with time zone not null default now(),
    primary key (group_id, invitee_id)
);
create index group_invitations_by_invitee on group_invitations (invitee_id);
