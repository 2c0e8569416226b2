-- Administrators run the site. They are made with the command line, never through a web form.
alter table accounts add column administrator boolean not null default false;
