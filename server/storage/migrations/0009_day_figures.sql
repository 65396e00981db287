-- 0009_day_figures (issue #17): the managers' figures of closed office days (docs/statistics.md),
-- stored once. A past day's events never change (they are append-only and belong to their office
-- day), so a report of a year reads these rows instead of folding 600,000 events again. Only a
-- store of what can be computed again: deleting rows loses nothing. `figures_version` names the
-- definition of the figures; a release that changes one counts the days again under a new version.
CREATE TABLE day_figures (
  office_id       TEXT    NOT NULL,
  office_day      TEXT    NOT NULL CHECK (office_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  sla_target_s    INTEGER NOT NULL,
  figures_version INTEGER NOT NULL,
  rows            TEXT    NOT NULL,  -- JSON array of protocol::FigureRow, without the services' names
  PRIMARY KEY (office_id, office_day, sla_target_s, figures_version)
) STRICT, WITHOUT ROWID;
