-- 0007_sync_outbox (issue #16): the way back. The office's events go to central booking as anonymous
-- facts; the outbox is the event log itself after the last event the centre acknowledged, which is
-- kept here, for the centre at that URL (another centre gets everything from the start), with the
-- identity of the database that wrote the row.
CREATE TABLE sync_outbox (
  singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
  central_url TEXT    NOT NULL,
  sent_seq    INTEGER NOT NULL,
  instance    TEXT    NOT NULL
) STRICT;

-- Where this database's events came from. A restored backup has an identity of its own (table
-- instance), but its events up to the restore were recorded by the database it was copied from:
-- they keep that database's identity, so that the centre, which may have them already, stores them
-- once. A row: the events up to `up_to` (and after the row before it) are `instance`'s.
CREATE TABLE sync_lineage (
  instance TEXT    NOT NULL PRIMARY KEY,
  up_to    INTEGER NOT NULL UNIQUE
) STRICT;
