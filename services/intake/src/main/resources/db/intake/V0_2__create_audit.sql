-- Who changed what, when: one row per write, committed in the same transaction as the write itself.
CREATE TABLE audit (
    id              bigserial PRIMARY KEY,
    event_id        uuid        NOT NULL UNIQUE,
    recorded_at     timestamptz NOT NULL,
    actor           text        NOT NULL,
    action          text        NOT NULL,
    entity          text        NOT NULL,
    entity_version  integer,
    detail          text
);
CREATE INDEX audit_by_time ON audit (recorded_at);
CREATE INDEX audit_by_actor ON audit (actor, recorded_at);
CREATE INDEX audit_by_entity ON audit (entity, recorded_at);
