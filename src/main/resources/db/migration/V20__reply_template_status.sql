-- A reply template belongs to a step: choosing "Afgehandeld" closes the report, it does not leave it "in progress".
-- Null: a template that fits any step.
alter table reply_template add column status varchar(20)
    check (status is null or status in ('ACKNOWLEDGED', 'IN_PROGRESS', 'CLOSED'));
update reply_template set status = 'ACKNOWLEDGED' where id = '7d0b1c52-2f59-4a38-9b9e-0a0000000001';
update reply_template set status = 'IN_PROGRESS' where id in ('7d0b1c52-2f59-4a38-9b9e-0a0000000002', '7d0b1c52-2f59-4a38-9b9e-0a0000000003');
update reply_template set status = 'CLOSED' where id in ('7d0b1c52-2f59-4a38-9b9e-0a0000000004', '7d0b1c52-2f59-4a38-9b9e-0a0000000005');
