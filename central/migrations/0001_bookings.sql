-- 0001_bookings: the appointments citizens hold and book (issue #15). The offices, services and
-- hours live in county.toml; a booking names its office by the id used there.
CREATE TABLE bookings (
  id          UUID        NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),  -- unguessable: the hold's key
  office_id   TEXT        NOT NULL,
  day         DATE        NOT NULL,                                        -- the office's local date
  start_s     INTEGER     NOT NULL CHECK (start_s >= 0 AND start_s < 86400),  -- since local midnight
  length_s    INTEGER     NOT NULL CHECK (length_s > 0),
  service_ids INTEGER[]   NOT NULL CHECK (cardinality(service_ids) > 0),
  status      TEXT        NOT NULL CHECK (status IN ('held', 'confirmed', 'cancelled')),
  held_until  TIMESTAMPTZ CHECK ((status = 'held') = (held_until IS NOT NULL)),
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The free-slot search and the hold read one office's days.
CREATE INDEX bookings_by_office_day ON bookings (office_id, day) WHERE status <> 'cancelled';
