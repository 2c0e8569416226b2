create table accounts (
    id              bigint primary key,
    username        text not null,
    display_name    text not null,
    email           text not null,
    password_hash   text not null,
    kind            text not null check (kind in ('PERSON', 'ORGANISATION')),
    pseudonymous    boolean not null default false,
    roles           text[] not null default '{}',
    sectors         text[] not null default '{}',
    locality        text not null default '',
    bio             text not null default '',
    website         text not null default '',
    failed_sign_ins int not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null default now()
);
-- Names and addresses are unique whatever their case: "Sam" and "sam" are one person.
create unique index accounts_username_key on accounts (lower(username));
create unique index accounts_email_key on accounts (lower(email));
