-- 0003_manage_link (issue #15): the confirmation mail carries a link to manage the booking; the
-- database keeps only the SHA-256 of its token. Cancelling keeps the booking (for statistics) and
-- frees its slot.
ALTER TABLE bookings
  ADD COLUMN manage_hash  TEXT UNIQUE,
  ADD COLUMN cancelled_at TIMESTAMPTZ;
