-- Quiet hours in the recipient's time zone: deliveries falling inside wait until the window ends.
alter table recipient add column quiet_hours_start time;
alter table recipient add column quiet_hours_end time;
alter table recipient add constraint recipient_quiet_hours_both
    check ((quiet_hours_start is null) = (quiet_hours_end is null));
