-- A map's report as it stood when an organiser attached it to a consultation's outcome; one per map and
-- consultation (attaching again replaces it with the map as it then stands).
create table opinion_map_reports (
    id               bigint primary key,
    map_id           bigint not null references opinion_maps (id) on delete cascade,
    consultation_id  bigint not null references consultations (id) on delete cascade,
    attached_by      bigint references accounts (id) on delete set null,
    attached_at      timestamp with time zone not null default now(),
    report           jsonb not null,
    unique (consultation_id, map_id)
);
create index opinion_map_reports_by_map on opinion_map_reports (map_id);
