-- 0010_channels (issue #15): quotas per channel. Citizens book online; staff book for callers (phone)
-- and for citizens at the counter. Each counts against its channel's share of the day
-- (shared/booking/channels.hpp); every booking made before this migration was made online.
ALTER TABLE bookings
  ADD COLUMN channel TEXT NOT NULL DEFAULT 'online' CHECK (channel IN ('online', 'phone', 'counter'));
