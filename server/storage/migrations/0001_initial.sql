-- 0001_initial: the first civiq schema.
-- A migration that has shipped is never edited: change the schema by adding 0002_<name>.sql.
-- Tables are STRICT, so a value of the wrong type is an error instead of being stored as it comes.
-- Times are unix seconds (UTC); office_day is the Europe/Berlin date 'YYYY-MM-DD' of the event.

-- Queue history, append-only. seq is the order in which things happened; replaying an office day's
-- events in seq order rebuilds its queue, so `tickets` below is only a projection of these rows.
CREATE TABLE ticket_events (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: a seq is never reused
  office_id       TEXT    NOT NULL,
  office_day      TEXT    NOT NULL CHECK (office_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  ticket_id       INTEGER,                            -- NULL for counter events
  type            TEXT    NOT NULL CHECK (type <> ''),
  actor           TEXT    NOT NULL,
  payload         TEXT    NOT NULL CHECK (json_valid(payload)),
  occurred_at     INTEGER NOT NULL,
  idempotency_key TEXT    UNIQUE                      -- kiosk retries and offline sync; NULL = none
) STRICT;

CREATE INDEX ticket_events_by_office_day ON ticket_events (office_id, office_day, seq);
CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id);
-- Seeds service-time estimates from earlier days: newest events of one type.
CREATE INDEX ticket_events_by_type ON ticket_events (office_id, type, seq);

CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
BEGIN
  SELECT RAISE(ABORT, 'ticket_events is append-only');
END;

CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
BEGIN
  SELECT RAISE(ABORT, 'ticket_events is append-only');
END;

-- Current state of each ticket beside its events (the projection). The UNIQUE key is a second line
-- of defence: whatever the queue logic does, a number cannot be handed out twice on one office day.
CREATE TABLE tickets (
  id         INTEGER PRIMARY KEY,
  office_id  TEXT    NOT NULL,
  office_day TEXT    NOT NULL CHECK (office_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  number     TEXT    NOT NULL,
  token      TEXT    NOT NULL UNIQUE,                 -- the citizen's mobile-status link
  status     TEXT    NOT NULL,
  service_id INTEGER NOT NULL,
  state      TEXT    NOT NULL CHECK (json_valid(state)),  -- the full ticket as JSON
  last_seq   INTEGER NOT NULL,                        -- the last ticket_events.seq folded in
  UNIQUE (office_id, office_day, number)
) STRICT;

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL UNIQUE,
  role          TEXT    NOT NULL CHECK (role IN ('admin', 'manager', 'clerk')),
  password_hash TEXT    NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at    INTEGER NOT NULL
) STRICT;

-- Only a hash of the session token is stored, so a copy of the database cannot log anyone in.
CREATE TABLE sessions (
  token_hash TEXT    NOT NULL PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;

CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE devices (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL UNIQUE,
  kind       TEXT    NOT NULL CHECK (kind IN ('kiosk', 'display')),
  token_hash TEXT    NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER                                  -- NULL while the device may connect
) STRICT;

-- Booked appointments. citizen_name is personal data: it is set to NULL once retention ends.
CREATE TABLE appointments (
  code         TEXT    NOT NULL PRIMARY KEY,
  office_id    TEXT    NOT NULL,
  office_day   TEXT    NOT NULL CHECK (office_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  slot_at      INTEGER NOT NULL,
  services     TEXT    NOT NULL CHECK (json_valid(services) AND json_type(services) = 'array'),  -- service ids
  citizen_name TEXT,
  cancelled    INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  imported_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX appointments_by_office_day ON appointments (office_id, office_day);
-- Finds the names still to forget without scanning appointments whose names are already gone.
CREATE INDEX appointments_with_name_by_slot ON appointments (slot_at) WHERE citizen_name IS NOT NULL;
