-- 0006_sync_cursor (issue #16): how far the branch has pulled its office's appointments from
-- central booking: the change number of the last change it applied (docs/sync.md).
CREATE TABLE sync_cursor (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  central_url TEXT NOT NULL,     -- another centre starts from 0 again
  applied_seq INTEGER NOT NULL
);
