-- 0013_sync_notify (issue #16): a numbered change also tells the office's waiting branches, by
-- NOTIFY on channel booking_changes with the office's id (sent at commit, not at all on rollback).
-- civiq-central LISTENs and answers the branches' long polls at once; a change made by another
-- process (the admin's shell commands, a second civiq-central) wakes them just the same.
CREATE OR REPLACE FUNCTION number_booking_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO office_change_counters AS c (office_id, last_seq) VALUES (NEW.office_id, 1)
    ON CONFLICT (office_id) DO UPDATE SET last_seq = c.last_seq + 1
    RETURNING last_seq INTO NEW.change_seq;
  PERFORM pg_notify('booking_changes', NEW.office_id);
  RETURN NEW;
END $$;
