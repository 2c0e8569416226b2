-- A notification names what happened (kind, who did it, to what) and where to see it, never a copy of the
-- content: what it is about is fetched for the recipient, through its audience rule, whenever it is shown.
create table notifications (
    id           bigint primary key,
    recipient_id bigint not null references accounts (id) on delete cascade,
    kind         text not null,
    actor_id     bigint not null references accounts (id) on delete cascade,
    subject_id   bigint not null,
    link_path    text not null,
    created_at   timestamp with time zone not null default now(),
    read_at      timestamp with time zone,
    -- NONE: no email; IMMEDIATE or DIGEST: an email is owed; SENT: it went out.
    email        text not null check (email in ('NONE', 'IMMEDIATE', 'DIGEST', 'SENT')),
    -- A redelivered event must not notify twice.
    unique (recipient_id, kind, subject_id, actor_id)
);
create index notifications_by_recipient on notifications (recipient_id, id desc);
create index notifications_unread on notifications (recipient_id) where read_at is null;
create index notifications_digest_due on notifications (recipient_id) where email = 'DIGEST';

create table notification_preferences (
    account_id bigint not null references accounts (id) on delete cascade,
    kind       text not null,
    delivery   text not null check (delivery in ('IMMEDIATE', 'DAILY', 'NEVER')),
    primary key (account_id, kind)
);

-- Random tokens for one-click unsubscribe links, one per account and kind of email.
create table notification_unsubscribe_tokens (
    token      text primary key,
    account_id bigint not null references accounts (id) on delete cascade,
    kind       text not null,
    unique (account_id, kind)
);
