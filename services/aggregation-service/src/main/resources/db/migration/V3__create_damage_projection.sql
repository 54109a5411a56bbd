-- The damage read model: each report's current version and its figures, and the declared disasters.
CREATE TABLE disaster (
    disaster_id text PRIMARY KEY,
    version     integer NOT NULL,
    name_vi     text    NOT NULL,
    name_en     text    NOT NULL,
    start_date  date    NOT NULL
);

-- area_code is read in the boundary version valid on the report's own asOf date (codes are reused across versions).
CREATE TABLE damage_report (
    report_id        uuid PRIMARY KEY,
    version          integer     NOT NULL,
    status           text        NOT NULL CHECK (status IN ('SUBMITTED', 'VERIFIED', 'REJECTED')),
    disaster_id      text        NOT NULL,
    area_code        text        NOT NULL,
    boundary_version date        NOT NULL,
    source           text        NOT NULL,
    report_type      text        NOT NULL,
    as_of            timestamptz NOT NULL,
    submitted_at     timestamptz NOT NULL
);
CREATE INDEX damage_report_by_disaster ON damage_report (disaster_id, as_of);

-- The current version's figures only: an amendment deletes the previous version's set and writes its own.
CREATE TABLE damage_figure (
    report_id uuid    NOT NULL REFERENCES damage_report (report_id) ON DELETE CASCADE,
    indicator text    NOT NULL,
    value     numeric NOT NULL,
    PRIMARY KEY (report_id, indicator)
);
