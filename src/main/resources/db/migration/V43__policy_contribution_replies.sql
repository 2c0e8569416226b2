-- Evidence is questioned, and options discussed, in replies: comments that point at what they answer.
alter table policy_contributions add column reply_to bigint references policy_contributions (id) on delete cascade;
create index policy_contributions_replies on policy_contributions (reply_to) where reply_to is not null;
