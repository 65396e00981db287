-- 0011_slot_return (issue #15): a cancelled slot comes back to everyone only after [central]
-- cancelled_slot_return_min (against resale: a trader's cancellation is not a buyer's signal).
-- Until slot_free_at it still takes its desk in the search; only the waitlist may offer it meanwhile,
-- so the citizens waiting longest get it before any bot can.
ALTER TABLE bookings ADD COLUMN slot_free_at TIMESTAMPTZ;

CREATE INDEX bookings_returning ON bookings (office_id, day) WHERE slot_free_at IS NOT NULL;
