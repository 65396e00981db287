-- 0016_attendance_and_alerts (issue #16): what the centre learns from the branches' facts and
-- their silence. A booking whose citizen checked in at the branch (a ticket_issued fact with its
-- code) is 'checked_in'; a confirmed booking of a day its branch has reported completely (an upload
-- after the day's end with nothing left in its outbox) without a check-in is a 'no_show'. Neither
-- column is a change the branch pulls (the numbering trigger ignores them).
ALTER TABLE bookings
  ADD COLUMN attended      TEXT CHECK (attended IN ('checked_in', 'no_show')),
  ADD COLUMN checked_in_at TIMESTAMPTZ;
CREATE INDEX bookings_unsettled ON bookings (office_id, day) WHERE attended IS NULL AND status = 'confirmed';

-- When the county's alert went out that the branch stopped pulling; NULL again once it pulled.
ALTER TABLE branch_credentials ADD COLUMN silence_alerted_at TIMESTAMPTZ;

-- A booking never changes its office: its change would be numbered for the new office, and the old
-- office's branch would never hear that the appointment left it. A move to another office is a
-- cancellation here and a new booking (with its own code) there (docs/sync.md, conflict rules).
CREATE FUNCTION refuse_office_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'civiq: a booking keeps its office (cancel it at % and book at %)', OLD.office_id, NEW.office_id
    USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER bookings_keep_their_office BEFORE UPDATE OF office_id ON bookings FOR EACH ROW
  WHEN (OLD.office_id IS DISTINCT FROM NEW.office_id) EXECUTE FUNCTION refuse_office_change();
