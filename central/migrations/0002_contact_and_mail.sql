-- 0002_contact_and_mail (issue #15): a hold becomes a booking in two steps. The citizen's contact
-- data make it "awaiting_activation" and queue a mail with a link; only a POST from the page that
-- link opens books it ("confirmed", with a booking code), so a mail scanner that follows links
-- changes nothing. Mail goes out from an outbox table, so a mail server that is down loses none.
ALTER TABLE bookings DROP CONSTRAINT bookings_status_check;
ALTER TABLE bookings DROP CONSTRAINT bookings_check;
ALTER TABLE bookings ADD CONSTRAINT bookings_status
  CHECK (status IN ('held', 'awaiting_activation', 'confirmed', 'cancelled'));
ALTER TABLE bookings ADD CONSTRAINT bookings_held_until
  CHECK ((status IN ('held', 'awaiting_activation')) = (held_until IS NOT NULL));

ALTER TABLE bookings
  ADD COLUMN citizen_name    TEXT,         -- personal data, as little as booking needs
  ADD COLUMN email           TEXT,
  ADD COLUMN email_key       TEXT,         -- normalised (case, plus-addressing): one person's limit
  ADD COLUMN phone           TEXT,
  ADD COLUMN language        TEXT,
  ADD COLUMN activation_hash TEXT UNIQUE,  -- SHA-256 of the activation token; the token is only in the mail
  ADD COLUMN code            TEXT UNIQUE,  -- the booking code, given when the booking is confirmed
  ADD COLUMN confirmed_at    TIMESTAMPTZ;

CREATE INDEX bookings_by_email_key ON bookings (email_key) WHERE status IN ('awaiting_activation', 'confirmed');

CREATE TABLE mail_outbox (
  id              BIGSERIAL   PRIMARY KEY,
  booking_id      UUID        REFERENCES bookings (id),
  recipient       TEXT        NOT NULL,
  subject         TEXT        NOT NULL,
  body            TEXT        NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  attempts        INTEGER     NOT NULL DEFAULT 0,
  sent_at         TIMESTAMPTZ,               -- NULL until the mail server accepted it
  last_error      TEXT
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
