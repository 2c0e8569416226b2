-- One row per searchable thing, kept up to date as things change. Who may see a result is not stored
-- here: it is decided at query time against the source tables, so a change of audience applies at once.
create table search_documents (
    kind       text not null check (kind in ('PERSON', 'ORGANISATION', 'POST', 'GROUP')),
    ref_id     bigint not null,
    title      text not null,
    handle     text not null default '',
    body       text not null default '',
    roles      text[] not null default '{}',
    sectors    text[] not null default '{}',
    locality   text not null default '',
    tags       text[] not null default '{}',
    author_id  bigint,
    created_at timestamp with time zone not null,
    document   tsvector not null,
    primary key (kind, ref_id)
);
create index search_documents_document on search_documents using gin (document);
create index search_documents_roles on search_documents using gin (roles);
create index search_documents_sectors on search_documents using gin (sectors);
create index search_documents_tags on search_documents using gin (tags);
