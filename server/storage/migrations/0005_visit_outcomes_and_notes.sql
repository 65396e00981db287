-- 0005_visit_outcomes_and_notes (issue #14): a finished service records its outcome and whether the
-- citizen stayed at the counter for the next one; a transfer records the time served before it and
-- may carry a note for the next clerk. Both payloads go to version 2 (version 1 still replays).
UPDATE event_types SET version = 2 WHERE type IN ('service_finished', 'ticket_transferred');

-- Personal data of an event (a transfer note may name the citizen), beside the append-only event
-- so that retention can delete it: the event replays the same without it, only the note is gone.
CREATE TABLE ticket_event_personal (
  seq         INTEGER NOT NULL PRIMARY KEY REFERENCES ticket_events (seq),
  data        TEXT    NOT NULL CHECK (json_valid(data) AND json_type(data) = 'object'),
  occurred_at INTEGER NOT NULL                        -- the event's, for retention
) STRICT;

CREATE INDEX ticket_event_personal_by_time ON ticket_event_personal (occurred_at);
