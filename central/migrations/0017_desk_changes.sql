-- 0017_desk_changes (issue #15): the staff change how many desks take appointments for a while on
-- one day (a clerk at a training, an extra desk on a busy morning). The search reads them beside the
-- day's bookings (BookingStore::office_days, taken_on_day); later changes win where they overlap.
-- Bookings already made stay: the staff see where the day is overbooked and decide.
CREATE TABLE desk_changes (
  id         BIGSERIAL   PRIMARY KEY,
  office_id  TEXT        NOT NULL,
  day        DATE        NOT NULL,
  from_s     INTEGER     NOT NULL CHECK (from_s >= 0),
  to_s       INTEGER     NOT NULL CHECK (to_s > from_s AND to_s <= 86400),
  desks      INTEGER     NOT NULL CHECK (desks >= 0),
  reason     TEXT        NOT NULL,
  changed_by TEXT        NOT NULL,                     -- the staff user's name
  changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX desk_changes_by_office_day ON desk_changes (office_id, day);
