-- Donations with every version of their pledge; receipts, allocations and distributions of aid; and one ledger of
-- aid lines from which every balance (pledged - received, received - allocated, allocated - distributed) is summed.
CREATE TABLE donation (
    donation_id  uuid PRIMARY KEY,
    version      integer     NOT NULL,
    fund         text        NOT NULL,
    received_at  timestamptz,
    content      jsonb       NOT NULL,
    fingerprint  text        NOT NULL,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE donation_version (
    donation_id  uuid        NOT NULL REFERENCES donation,
    version      integer     NOT NULL,
    change       text        NOT NULL,
    content      jsonb       NOT NULL,
    fingerprint  text        NOT NULL,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (donation_id, version)
);

-- Receipts, allocations and distributions, each kept as the event that announced it.
CREATE TABLE aid_movement (
    movement_id    uuid PRIMARY KEY,
    movement       text        NOT NULL,
    donation_id    uuid REFERENCES donation,
    allocation_id  uuid REFERENCES aid_movement,
    event          jsonb       NOT NULL,
    fingerprint    text        NOT NULL,
    recorded_at    timestamptz NOT NULL
);
CREATE INDEX aid_movement_by_donation ON aid_movement (donation_id, movement);

-- One row per fund (a disaster id, '' for the general fund): allocations lock it while they check the balance.
CREATE TABLE fund (fund text PRIMARY KEY);

CREATE TABLE aid_line (
    movement       text    NOT NULL,
    movement_id    uuid    NOT NULL,
    line           integer NOT NULL,
    fund           text    NOT NULL,
    donation_id    uuid,
    allocation_id  uuid,
    kind           text    NOT NULL,
    name           text    NOT NULL,
    unit           text    NOT NULL,
    quantity       numeric NOT NULL CHECK (quantity > 0),
    value_vnd      bigint  NOT NULL CHECK (value_vnd >= 0),
    PRIMARY KEY (movement, movement_id, line)
);
CREATE INDEX aid_line_by_donation ON aid_line (donation_id, movement);
CREATE INDEX aid_line_by_fund ON aid_line (fund, movement);
CREATE INDEX aid_line_by_allocation ON aid_line (allocation_id, movement);
