-- A reply template belongs to a step: choosing "Afgehandeld" closes the report, it does not leave it "in progress".
-- Null: a template that fits any step.
alter table reply_template add column status varchar(20)
    check (status is null or status in ('ACKNOWLEDGED', 'IN_PROGRESS', 'CLOSED'));
update reply_template set status = 'ACKNOWLEDGED' where id = '7d0b1c52-2f59-4a38-9b9e-0a0000000001';
update reply_template set status = 'IN_PROGRESS' where id in ('7d0b1c52-2f59-4a38-9b9e-0a0000000002', '7d0b1c52-2f59-4a38-9b9e-0a0000000003');
update reply_template set status = 'CLOSED' where id in ('7d0b1c52-2f59-4a38-9b9e-0a0000000004', '7d0b1c52-2f59-4a38-9b9e-0a0000000005');

-- Staff forward a report to another queue with a reason: a step of its own in the history (kind FORWARD, the queues
-- it went from and to, null being the region's unassigned queue; the reason as the internal note), never shown to the
-- reporter.
alter table report_status_change add column kind varchar(20) not null default 'STATUS' check (kind in ('STATUS', 'FORWARD'));
alter table report_status_change add column forwarded_from varchar(100);
alter table report_status_change add column forwarded_to varchar(100);
