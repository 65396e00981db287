-- 0007_staff (issue #15): office managers and the county's admins sign in (argon2id, bearer tokens
-- kept only as their SHA-256), close an office's day after the fact (every booking of it cancelled
-- with a mail), and read an audit log of refusals aggregated per minute, client subnet and code.

CREATE TABLE staff_users (
  id            BIGSERIAL   PRIMARY KEY,
  name          TEXT        NOT NULL UNIQUE,
  password_hash TEXT        NOT NULL,                 -- libsodium crypto_pwhash_str: $argon2id$...
  role          TEXT        NOT NULL CHECK (role IN ('manager', 'admin')),
  offices       TEXT[]      NOT NULL DEFAULT '{}',    -- what a manager manages; an admin manages all
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (role = 'admin' OR cardinality(offices) > 0)
);

CREATE TABLE staff_sessions (
  token_hash TEXT        NOT NULL PRIMARY KEY,        -- SHA-256 (hex) of the bearer token
  user_id    BIGINT      NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

-- A day an office closes after its bookings were made (county.toml's closed_days are known ahead).
CREATE TABLE closures (
  id        BIGSERIAL   PRIMARY KEY,
  office_id TEXT        NOT NULL,
  day       DATE        NOT NULL,
  reason    TEXT        NOT NULL,
  closed_by TEXT        NOT NULL,                     -- the staff user's name
  closed_at TIMESTAMPTZ NOT NULL,
  cancelled INTEGER     NOT NULL,                     -- the bookings the closure cancelled
  UNIQUE (office_id, day)
);

-- The safety net under the checks in the code: nothing is held, booked or moved onto a closed day,
-- whichever path writes it (the hold and the move check first and answer slot_not_bookable).
CREATE FUNCTION refuse_closed_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'cancelled' AND EXISTS (SELECT 1 FROM closures WHERE office_id = NEW.office_id AND day = NEW.day) THEN
    RAISE EXCEPTION 'civiq: office % is closed on %', NEW.office_id, NEW.day USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER bookings_not_on_closed_days BEFORE INSERT OR UPDATE OF day ON bookings
  FOR EACH ROW EXECUTE FUNCTION refuse_closed_day();

-- Refusals that matter against abuse, one row per minute, route, code, client subnet (never the
-- address) and office (when the request named one): a flood adds to a count instead of rows.
CREATE TABLE refusals (
  minute TIMESTAMPTZ NOT NULL,
  route  TEXT        NOT NULL,                        -- "POST /api/v1/booking/holds": a pattern, no token
  error  TEXT        NOT NULL,
  subnet TEXT        NOT NULL,                        -- "203.0.113.0/24", "2001:db8:1:2::/64"
  office TEXT        NOT NULL DEFAULT '',
  count  BIGINT      NOT NULL,
  PRIMARY KEY (minute, route, error, subnet, office)
);
