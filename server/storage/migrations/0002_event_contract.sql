-- 0002_event_contract: stored events and device kinds become contracts of their own.

-- Every event type the queue may store, with the payload version civiq writes today. A stored event
-- must always replay, so an event of a type not listed here is refused at insert: a bug cannot
-- write history that no civiq can read. A new event type is a new migration adding a row.
CREATE TABLE event_types (
  type    TEXT    NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL CHECK (version >= 1)       -- the payload version written now ("v")
) STRICT;

INSERT INTO event_types (type, version) VALUES
  ('ticket_issued', 1), ('ticket_called', 1), ('ticket_recalled', 1), ('service_started', 1),
  ('service_finished', 1), ('ticket_no_show', 1), ('ticket_parked', 1), ('ticket_transferred', 1),
  ('ticket_reactivated', 1), ('ticket_cancelled', 1), ('ticket_postponed', 1), ('counter_opened', 1),
  ('counter_closed', 1);

CREATE TRIGGER ticket_events_known_type BEFORE INSERT ON ticket_events
WHEN NEW.type NOT IN (SELECT type FROM event_types)
BEGIN
  SELECT RAISE(ABORT, 'ticket_events: unknown event type');
END;

-- This database's identity. With an event's seq it names the event globally, so the central sync
-- can never confuse a branch restored from a backup with its earlier self: `civiq-admin backup`
-- gives every copy an id of its own. One row only.
CREATE TABLE instance (
  singleton  INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
  id         TEXT    NOT NULL CHECK (length(id) = 32 AND id GLOB '[0-9a-f]*'),
  created_at INTEGER NOT NULL
) STRICT;

INSERT INTO instance (singleton, id, created_at) VALUES (1, lower(hex(randomblob(16))), unixepoch());

-- Device kinds open up: a table instead of a CHECK list, so that a new kind (the counter
-- workstation, the central sync's machine credential) is a row, not a table rebuild.
CREATE TABLE device_kinds (
  kind TEXT NOT NULL PRIMARY KEY
) STRICT;

INSERT INTO device_kinds (kind) VALUES ('kiosk'), ('display'), ('counter'), ('sync');

-- SQLite cannot drop a CHECK: rebuild the table (nothing references it).
CREATE TABLE devices_v2 (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL UNIQUE,
  kind       TEXT    NOT NULL REFERENCES device_kinds (kind),
  token_hash TEXT    NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER                                  -- NULL while the device may connect
) STRICT;

INSERT INTO devices_v2 (id, name, kind, token_hash, created_at, revoked_at)
  SELECT id, name, kind, token_hash, created_at, revoked_at FROM devices;
DROP TABLE devices;
ALTER TABLE devices_v2 RENAME TO devices;
