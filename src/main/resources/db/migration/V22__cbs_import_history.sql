-- The CBS import history survives a restart: the page reads finished imports from here, with the layout of the file
-- and the geometries that were repaired (each as its message key and arguments).
alter table cbs_import add column shape varchar(40);
alter table cbs_import add column repairs jsonb;
-- the area code of each row a problem or repair is on (row number to code), so the problem table names the area
alter table cbs_import add column area_codes jsonb;
create index cbs_import_started on cbs_import (started_at desc);
