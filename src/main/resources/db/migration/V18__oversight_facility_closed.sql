-- Oversight keeps the date its facility was closed in the register (from the FacilityClosed event): the open actions of a
-- closed location no longer count as overdue. Existing closed facilities are marked from the register once.
alter table oversight_profile add column facility_closed_on date;
update oversight_profile p set facility_closed_on = coalesce(f.closed_on, f.status_since, current_date)
    from facility f where f.id = p.facility_id and f.status = 'CLOSED';
