-- 0008_sync_window (issue #16): the branch holds its office's appointments of today and the next
-- days, not every future one (docs/sync.md, the window): the last day of the window it has fetched,
-- as 2026-12-08. NULL: not yet windowed (a branch from before the window holds every day).
ALTER TABLE sync_cursor ADD COLUMN window_end TEXT;
