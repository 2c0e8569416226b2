-- A deleted post keeps its place in its thread, so replies still make sense, but loses its words.
alter table posts add column deleted_at timestamp with time zone;
alter table posts drop constraint posts_body_check;
alter table posts add constraint posts_body_check
    check (deleted_at is not null or char_length(body) between 1 and 1000);
