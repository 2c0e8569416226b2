create table posts (
    id                 bigint primary key,
    author_id          bigint not null references accounts (id),
    body               text not null check (char_length(body) between 1 and 1000),
    body_html          text not null,
    is_question        boolean not null default false,
    in_reply_to_id     bigint references posts (id),
    -- The first post of the thread; equal to id for a post that starts a conversation.
    conversation_id    bigint not null,
    accepted_answer_id bigint references posts (id),
    created_at         timestamp with time zone not null default now()
);
create index posts_by_author on posts (author_id, id desc);
create index posts_by_conversation on posts (conversation_id, id);
create index posts_by_reply_to on posts (in_reply_to_id);

create table post_tags (
    tag     text not null,
    post_id bigint not null references posts (id) on delete cascade,
    primary key (tag, post_id)
);
create index post_tags_by_post on post_tags (post_id);

create table post_mentions (
    post_id    bigint not null references posts (id) on delete cascade,
    account_id bigint not null references accounts (id) on delete cascade,
    primary key (post_id, account_id)
);

create table favourites (
    account_id bigint not null references accounts (id) on delete cascade,
    post_id    bigint not null references posts (id) on delete cascade,
    created_at timestamp with time zone not null default now(),
    primary key (account_id, post_id)
);
create index favourites_by_post on favourites (post_id);

-- A repeat shows a post again in the timelines of those who follow the repeater; its id orders it there.
create table repeats (
    id         bigint primary key,
    account_id bigint not null references accounts (id) on delete cascade,
    post_id    bigint not null references posts (id) on delete cascade,
    created_at timestamp with time zone not null default now(),
    unique (account_id, post_id)
);
create index repeats_by_post on repeats (post_id);

create table follows (
    follower_id bigint not null references accounts (id) on delete cascade,
    followed_id bigint not null references accounts (id) on delete cascade,
    created_at  timestamp with time zone not null default now(),
    primary key (follower_id, followed_id),
    check (follower_id <> followed_id)
);
create index follows_by_followed on follows (followed_id);

create table tag_follows (
    account_id bigint not null references accounts (id) on delete cascade,
    tag        text not null,
    created_at timestamp with time zone not null default now(),
    primary key (account_id, tag)
);
