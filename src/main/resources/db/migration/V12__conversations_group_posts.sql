-- A post may belong to a group; a reply belongs to the group of the conversation it is in.
alter table posts add column group_id bigint references groups (id) on delete cascade;
create index posts_by_group on posts (group_id, id desc) where group_id is not null;
