-- The rebuilding read model. Projects and targets keep their current version's content as the contract record's
-- JSON (RecoveryProject / RecoveryTarget); area_code is read in boundary_version, the version valid on the project's
-- planned start or the target's start date. Every progress update is kept: which one stands (the latest as_of at or
-- before the time asked about) is decided when reading, so a late-arriving older update never overrides a newer one.
CREATE TABLE rebuild_project (
    project_id       uuid PRIMARY KEY,
    version          integer NOT NULL,
    disaster_id      text    NOT NULL,
    area_code        text    NOT NULL,
    boundary_version date    NOT NULL,
    content          jsonb   NOT NULL
);
CREATE INDEX rebuild_project_by_disaster ON rebuild_project (disaster_id);

CREATE TABLE rebuild_progress (
    update_id          uuid PRIMARY KEY,
    project_id         uuid        NOT NULL REFERENCES rebuild_project,
    version            integer     NOT NULL,
    as_of              timestamptz NOT NULL,
    reported_at        timestamptz NOT NULL,
    completed_quantity numeric     NOT NULL CHECK (completed_quantity >= 0),
    disbursed_vnd      bigint      NOT NULL CHECK (disbursed_vnd >= 0),
    status             text        NOT NULL
);
CREATE INDEX rebuild_progress_standing ON rebuild_progress (project_id, as_of DESC, reported_at DESC);

CREATE TABLE rebuild_target (
    target_id        uuid PRIMARY KEY,
    version          integer NOT NULL,
    disaster_id      text,
    area_code        text    NOT NULL,
    boundary_version date    NOT NULL,
    content          jsonb   NOT NULL
);

CREATE TABLE rebuild_target_progress (
    update_id      uuid PRIMARY KEY,
    target_id      uuid        NOT NULL REFERENCES rebuild_target,
    version        integer     NOT NULL,
    as_of          timestamptz NOT NULL,
    reported_at    timestamptz NOT NULL,
    achieved_value numeric     NOT NULL CHECK (achieved_value >= 0)
);
CREATE INDEX rebuild_target_progress_standing ON rebuild_target_progress (target_id, as_of DESC, reported_at DESC);
