-- 0006_reminders (issue #15): a reminder mail some hours before the appointment asks the citizen to
-- confirm that they will come ("Ich komme") or to cancel; a service may have unconfirmed bookings
-- released (cancelled, the slot free for others) some hours before the start. The reminder is
-- queued in the same transaction that sets reminded_at, so a booking is reminded exactly once.
-- The reminder's link is a fresh manage link, as the confirmation's token is kept only as its hash:
-- its own hash goes to manage_links beside the waitlist's links (the table is made in 0008, which
-- every civiq-central that has this migration applies too before it serves).
ALTER TABLE bookings
  ADD COLUMN reminded_at             TIMESTAMPTZ,  -- the reminder mail was queued
  ADD COLUMN attendance_confirmed_at TIMESTAMPTZ,  -- the citizen said they will come
  ADD COLUMN released_at             TIMESTAMPTZ,  -- cancelled by civiq-central: not confirmed in time
  ADD CONSTRAINT bookings_released CHECK (released_at IS NULL OR status = 'cancelled');

-- The reminder chore reads the next days' confirmed bookings that wait for their reminder, and
-- those reminded but not confirmed; both sets stay small, whatever the table holds.
CREATE INDEX bookings_to_remind ON bookings (day) WHERE status = 'confirmed' AND reminded_at IS NULL;
CREATE INDEX bookings_unconfirmed ON bookings (day)
  WHERE status = 'confirmed' AND reminded_at IS NOT NULL AND attendance_confirmed_at IS NULL;
