-- 0004_used_challenges (issue #15): every solved proof-of-work challenge counts for one hold only.
-- A challenge is recorded with the hold it paid for (or its refusal); rows go once it has expired.
CREATE TABLE used_challenges (
  challenge  TEXT        NOT NULL PRIMARY KEY,
  expires_at TIMESTAMPTZ NOT NULL
);
