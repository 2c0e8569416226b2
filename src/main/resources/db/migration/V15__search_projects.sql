-- Policy projects are found by search too; who may see one is decided at query time, as for posts.
alter table search_documents drop constraint search_documents_kind_check;
alter table search_documents add constraint search_documents_kind_check
    check (kind in ('PERSON', 'ORGANISATION', 'POST', 'GROUP', 'PROJECT'));
