-- The aid read model (recovery.aid-donations.v1): donations with their donor, and every movement of aid in its state
-- (PLEDGED, RECEIVED, ALLOCATED, DISTRIBUTED) with its lines of money and goods. Aid is additive: totals are sums.
CREATE TABLE aid_donation (
    donation_id       uuid PRIMARY KEY,
    version           integer     NOT NULL,
    disaster_id       text,
    donor_name        text        NOT NULL,
    donor_type        text        NOT NULL,
    anonymous         boolean     NOT NULL,
    target_area_code  text,
    boundary_version  date,
    pledged_at        timestamptz NOT NULL
);

-- area_code is read in boundary_version (the version valid on the movement's own date); a pledge or receipt counts in
-- its donation's target area, or in the province when the donation names none (area_code NULL).
CREATE TABLE aid_movement (
    movement_id       uuid PRIMARY KEY,
    state             text        NOT NULL CHECK (state IN ('PLEDGED', 'RECEIVED', 'ALLOCATED', 'DISTRIBUTED')),
    donation_id       uuid,
    allocation_id     uuid,
    disaster_id       text,
    area_code         text,
    boundary_version  date,
    sector            text,
    households        integer,
    occurred_at       timestamptz NOT NULL
);
CREATE INDEX aid_movement_by_disaster ON aid_movement (disaster_id, state);
CREATE INDEX aid_movement_by_donation ON aid_movement (donation_id);

-- quantity: minor units of currency for CASH, the goods' quantity in unit for GOODS.
CREATE TABLE aid_line (
    movement_id  uuid    NOT NULL REFERENCES aid_movement (movement_id) ON DELETE CASCADE,
    line         integer NOT NULL,
    kind         text    NOT NULL CHECK (kind IN ('CASH', 'GOODS')),
    currency     text,
    item         text,
    unit         text,
    quantity     numeric NOT NULL,
    value_vnd    bigint  NOT NULL,
    PRIMARY KEY (movement_id, line)
);

-- What the funding gap reads (DESIGN §5: budget needed − aid allocated): the VND value allocated per disaster, area
-- (as recorded, with its boundary version) and sector. Roll-up over the area tree is the reader's: aid is additive.
CREATE VIEW aid_allocated_by_area AS
SELECT m.disaster_id, m.area_code, m.boundary_version, m.sector, sum(l.value_vnd) AS allocated_vnd
FROM aid_movement m JOIN aid_line l ON l.movement_id = m.movement_id
WHERE m.state = 'ALLOCATED'
GROUP BY m.disaster_id, m.area_code, m.boundary_version, m.sector;
