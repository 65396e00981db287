-- 0005_calendar (issue #15): a booking can move to another slot, and the mails about it carry it as
-- an iCalendar entry (termin.ics). A calendar knows the entry again by its UID (the booking's id) and
-- keeps the version with the highest SEQUENCE, so a booking counts its versions: 0 when booked, one
-- more at every move or cancellation. A queued mail keeps its attachment until it is sent.
ALTER TABLE bookings
  ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0 CHECK (calendar_sequence >= 0),
  ADD COLUMN rebooked_at       TIMESTAMPTZ;  -- the last move to another slot, for the statistics

ALTER TABLE mail_outbox
  ADD COLUMN attachment_name TEXT,  -- "termin.ics"
  ADD COLUMN attachment_type TEXT,  -- "text/calendar; method=REQUEST; charset=UTF-8"
  ADD COLUMN attachment      TEXT,
  ADD CONSTRAINT mail_outbox_attachment
    CHECK ((attachment IS NULL) = (attachment_name IS NULL) AND (attachment IS NULL) = (attachment_type IS NULL));
