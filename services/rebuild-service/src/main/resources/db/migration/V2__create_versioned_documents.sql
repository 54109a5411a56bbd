-- Projects, targets and their progress updates are versioned documents: <kind> holds the current version of each
-- (content is the request as accepted), <kind>_version every version with the fingerprint that makes retries safe.
DO $$
DECLARE
    kind text;
BEGIN
    FOREACH kind IN ARRAY ARRAY['recovery_project', 'project_progress', 'recovery_target', 'target_progress'] LOOP
        EXECUTE format($ddl$
            CREATE TABLE %1$I (
                id          uuid PRIMARY KEY,
                parent_id   uuid,
                version     integer     NOT NULL,
                content     jsonb       NOT NULL,
                created_by  text        NOT NULL,
                created_at  timestamptz NOT NULL,
                updated_at  timestamptz NOT NULL
            );
            CREATE INDEX %2$I ON %1$I (parent_id);
            CREATE TABLE %3$I (
                id           uuid        NOT NULL REFERENCES %1$I,
                version      integer     NOT NULL,
                content      jsonb       NOT NULL,
                fingerprint  text        NOT NULL,
                recorded_by  text        NOT NULL,
                recorded_at  timestamptz NOT NULL,
                PRIMARY KEY (id, version)
            )$ddl$, kind, kind || '_by_parent', kind || '_version');
    END LOOP;
END $$;

-- What listings filter on, kept in step with the content by PostgreSQL itself.
ALTER TABLE recovery_project
    ADD COLUMN disaster_id text GENERATED ALWAYS AS (content ->> 'disasterId') STORED,
    ADD COLUMN area_code   text GENERATED ALWAYS AS (content ->> 'areaCode') STORED,
    ADD COLUMN unit_code   text GENERATED ALWAYS AS (content -> 'responsibleUnit' ->> 'code') STORED;
ALTER TABLE recovery_target
    ADD COLUMN disaster_id text GENERATED ALWAYS AS (content ->> 'disasterId') STORED,
    ADD COLUMN area_code   text GENERATED ALWAYS AS (content ->> 'areaCode') STORED,
    ADD COLUMN unit_code   text GENERATED ALWAYS AS (content -> 'responsibleUnit' ->> 'code') STORED;
CREATE INDEX recovery_project_by_area ON recovery_project (area_code, disaster_id);
CREATE INDEX recovery_target_by_area ON recovery_target (area_code);
