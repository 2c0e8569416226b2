-- Each map's secret for numbering its participants in exports: the numbers follow neither who voted first nor
-- account ids, yet stay the same from one download to the next, so the files of one export agree.
alter table opinion_maps add column export_key uuid not null default gen_random_uuid();
