-- 0003_counter_alarm: the emergency alarm at a counter (issue #14) is stored like every other
-- change of the office, so the log shows who called for help, when, and who answered.
INSERT INTO event_types (type, version) VALUES
  ('counter_alarm_raised', 1), ('counter_alarm_acknowledged', 1);
