-- 0004_counter_break: a clerk's break with its reason (issue #14) is stored like every other change
-- of the office, so statistics can tell staffed time from breaks.
INSERT INTO event_types (type, version) VALUES
  ('counter_break_started', 1), ('counter_break_ended', 1);
