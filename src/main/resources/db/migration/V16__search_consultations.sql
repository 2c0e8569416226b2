-- Published consultations are found by search too.
alter table search_documents drop constraint search_documents_kind_check;
alter table search_documents add constraint search_documents_kind_check
    check (kind in ('PERSON', 'ORGANISATION', 'POST', 'GROUP', 'PROJECT', 'CONSULTATION'));
