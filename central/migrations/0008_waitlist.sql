-- 0008_waitlist (issue #15): "tell me if an earlier slot frees up". A confirmed booking waits for
-- an earlier slot of its office and visit; a freed one is held for one waiting citizen at a time
-- (a hold row in bookings, so nobody else takes it meanwhile) and offered by mail with a link of
-- its own (only its SHA-256 is kept); unclaimed, it goes to the next.
CREATE TABLE waitlist (
  booking_id  UUID        NOT NULL PRIMARY KEY REFERENCES bookings (id) ON DELETE CASCADE,
  entry_id    BIGSERIAL   NOT NULL UNIQUE,                  -- the same moment: who was written first
  joined_at   TIMESTAMPTZ NOT NULL,
  offer_hold  UUID        REFERENCES bookings (id) ON DELETE SET NULL,  -- the slot held for them now
  offer_until TIMESTAMPTZ,
  offer_hash  TEXT        UNIQUE,
  offered     TEXT[]      NOT NULL DEFAULT '{}'             -- 'YYYY-MM-DD/start_s' offered before
);

-- An offer's link keeps working after the offer ended (it says so); the claim needs offer_until.
CREATE INDEX waitlist_in_order ON waitlist (joined_at, entry_id);

-- More links that manage a booking than the confirmation mail's (bookings.manage_hash): the mail
-- after claiming an offer carries one, as the offer's own link cannot cancel or move.
CREATE TABLE manage_links (
  hash       TEXT NOT NULL PRIMARY KEY,
  booking_id UUID NOT NULL REFERENCES bookings (id) ON DELETE CASCADE
);
