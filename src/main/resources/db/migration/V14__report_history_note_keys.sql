-- A text the system itself writes into a report's history (e.g. "reopened by the reporter") is stored as a message
-- key with its arguments, so that the reporter and staff read it in their own language. What a person typed stays in
-- public_note as typed; older rows keep their Dutch sentence there (the history is append-only).
alter table report_status_change add column public_note_key  varchar(100);
alter table report_status_change add column public_note_args text[];
