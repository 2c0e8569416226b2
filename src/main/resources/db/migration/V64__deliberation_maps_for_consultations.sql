-- Opinion maps opened as part of a published consultation; a map belongs to a project or a consultation, not both.
alter table opinion_maps
    add column consultation_id bigint references consultations (id) on delete cascade,
    add constraint opinion_maps_one_home check (project_id is null or consultation_id is null);
create index opinion_maps_by_consultation on opinion_maps (consultation_id, id desc) where consultation_id is not null;
