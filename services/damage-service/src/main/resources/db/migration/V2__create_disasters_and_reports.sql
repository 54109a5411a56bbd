-- Disasters that reports refer to, and every version of every report: the current row answers reads,
-- the versions keep the history an amendment or a decision replaced.
CREATE TABLE disaster (
    disaster_id  text PRIMARY KEY,
    name_vi      text        NOT NULL,
    name_en      text        NOT NULL,
    hazards      jsonb       NOT NULL,
    start_date   date        NOT NULL,
    provinces    jsonb       NOT NULL,
    fingerprint  text        NOT NULL,
    declared_by  text        NOT NULL,
    declared_at  timestamptz NOT NULL
);

CREATE TABLE damage_report (
    report_id     uuid PRIMARY KEY,
    version       integer     NOT NULL,
    status        text        NOT NULL,
    disaster_id   text        NOT NULL REFERENCES disaster,
    area_code     text        NOT NULL,
    as_of         timestamptz NOT NULL,
    source        text        NOT NULL,
    submitted_by  text        NOT NULL,
    submitted_at  timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX damage_report_by_disaster_area ON damage_report (disaster_id, area_code);
CREATE INDEX damage_report_by_submitter ON damage_report (submitted_by);

CREATE TABLE damage_report_version (
    report_id    uuid        NOT NULL REFERENCES damage_report,
    version      integer     NOT NULL,
    change       text        NOT NULL,
    status       text        NOT NULL,
    content      jsonb       NOT NULL,
    fingerprint  text        NOT NULL,
    reason       text,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (report_id, version)
);
