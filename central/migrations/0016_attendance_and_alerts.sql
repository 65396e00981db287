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
