-- 0012_sync (issue #16): branches pull their office's appointments by a cursor. Every change of a
-- booking that a branch cares about (confirmed or cancelled: time, services, name, code, status)
-- gets the next number of its office, taken from a per-office counter row whose lock is held until
-- the transaction commits: so an office's numbers are given in commit order, and a branch that read
-- up to N never misses a change numbered below N that commits later. Holds take no number.
CREATE TABLE office_change_counters (
  office_id TEXT   NOT NULL PRIMARY KEY,
  last_seq  BIGINT NOT NULL
);

ALTER TABLE bookings ADD COLUMN change_seq BIGINT;

CREATE FUNCTION number_booking_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO office_change_counters AS c (office_id, last_seq) VALUES (NEW.office_id, 1)
    ON CONFLICT (office_id) DO UPDATE SET last_seq = c.last_seq + 1
    RETURNING last_seq INTO NEW.change_seq;
  RETURN NEW;
END $$;

CREATE TRIGGER bookings_numbered_on_insert BEFORE INSERT ON bookings FOR EACH ROW
  WHEN (NEW.status IN ('confirmed', 'cancelled')) EXECUTE FUNCTION number_booking_change();
CREATE TRIGGER bookings_numbered_on_update
  BEFORE UPDATE OF status, day, start_s, length_s, service_ids, citizen_name, code ON bookings FOR EACH ROW
  WHEN (NEW.status IN ('confirmed', 'cancelled') AND (OLD.status, OLD.day, OLD.start_s, OLD.length_s,
        OLD.service_ids, OLD.citizen_name, OLD.code) IS DISTINCT FROM (NEW.status, NEW.day, NEW.start_s,
        NEW.length_s, NEW.service_ids, NEW.citizen_name, NEW.code))
  EXECUTE FUNCTION number_booking_change();

CREATE INDEX bookings_changes ON bookings (office_id, change_seq) WHERE change_seq IS NOT NULL;

-- One machine credential per branch (the sync device kind): only its SHA-256 is kept; removing it
-- revokes the branch.
CREATE TABLE branch_credentials (
  office_id  TEXT        NOT NULL PRIMARY KEY,
  token_hash TEXT        NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
