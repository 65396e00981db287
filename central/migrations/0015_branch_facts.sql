-- 0015_branch_facts (issue #16): the way back. What each office's queue recorded, as the anonymous
-- facts its branch sends (no names, notes, tokens): the material of the county's statistics. A fact
-- is named county-wide by the branch database that recorded it and its number there, so a batch
-- sent again is stored once. And per branch, when it last sent and what still waited in its outbox.
CREATE TABLE branch_facts (
  office_id        TEXT        NOT NULL,
  instance         TEXT        NOT NULL CHECK (instance ~ '^[0-9a-f]{32}$'),
  seq              BIGINT      NOT NULL CHECK (seq > 0),
  type             TEXT        NOT NULL,
  occurred_at      TIMESTAMPTZ NOT NULL,
  office_day       DATE        NOT NULL,
  ticket_id        BIGINT,
  counter_id       BIGINT,
  service_ids      INTEGER[]   NOT NULL,
  appointment_code TEXT,
  served_s         BIGINT,
  outcome          TEXT,
  priority         BOOLEAN     NOT NULL,
  received_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (office_id, instance, seq)
);
CREATE INDEX branch_facts_by_day ON branch_facts (office_id, office_day);

ALTER TABLE branch_credentials
  ADD COLUMN last_upload_at TIMESTAMPTZ,
  ADD COLUMN pending_facts  BIGINT NOT NULL DEFAULT 0;
