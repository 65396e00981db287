-- 0014_branch_state (issue #16): what the centre knows of each branch's sync, for the county's and
-- the managers' overview: when the branch last pulled, and the change number it had applied by then
-- (the `after` of that pull). Written by the pull itself, in the statement that checks the credential.
ALTER TABLE branch_credentials
  ADD COLUMN last_pull_at TIMESTAMPTZ,
  ADD COLUMN applied_seq  BIGINT NOT NULL DEFAULT 0;
