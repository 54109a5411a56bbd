-- Users who may sign in, the refresh tokens they hold (only a hash of each), and recent failed logins for throttling.
CREATE TABLE app_user (
    username       text PRIMARY KEY,
    display_name   text        NOT NULL,
    role           text        NOT NULL CHECK (role IN ('FIELD_STAFF', 'COORDINATOR', 'ADMIN')),
    area_codes     text[]      NOT NULL,
    enabled        boolean     NOT NULL,
    password_hash  text        NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

CREATE TABLE refresh_token (
    token_hash      text PRIMARY KEY,
    family_id       uuid        NOT NULL,
    username        text        NOT NULL REFERENCES app_user,
    issued_at       timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    revoked_at      timestamptz,
    revoked_reason  text
);
CREATE INDEX refresh_token_active_by_user ON refresh_token (username) WHERE revoked_at IS NULL;
CREATE INDEX refresh_token_by_family ON refresh_token (family_id);

CREATE TABLE login_failure (
    id         bigserial PRIMARY KEY,
    username   text        NOT NULL,
    address    text        NOT NULL,
    failed_at  timestamptz NOT NULL
);
CREATE INDEX login_failure_by_user ON login_failure (username, failed_at);
CREATE INDEX login_failure_by_address ON login_failure (address, failed_at);
