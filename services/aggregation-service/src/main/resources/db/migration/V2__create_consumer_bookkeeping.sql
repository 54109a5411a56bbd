-- Exactly-once effect (DESIGN §6): the events already applied and the next offset per partition are written in
-- the same transaction as the projection changes they stand for.
CREATE TABLE processed_event (
    event_id      uuid PRIMARY KEY,
    topic         text        NOT NULL,
    partition_no  integer     NOT NULL,
    record_offset bigint      NOT NULL,
    event_type    text        NOT NULL,
    outcome       text        NOT NULL CHECK (outcome IN ('APPLIED', 'IGNORED', 'DEAD_LETTERED')),
    processed_at  timestamptz NOT NULL
);

-- The consumer seeks here on partition assignment; Kafka's own committed offsets are never used.
CREATE TABLE consumer_offset (
    group_id     text        NOT NULL,
    topic        text        NOT NULL,
    partition_no integer     NOT NULL,
    next_offset  bigint      NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (group_id, topic, partition_no)
);
