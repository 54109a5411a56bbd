-- Per user, the latest time before which their access tokens are revoked (also published on
-- recovery.access-revocations.v1): a token minted later must not carry an earlier iat, or it would be refused too.
CREATE TABLE access_revocation (
    username              text PRIMARY KEY REFERENCES app_user,
    tokens_issued_before  timestamptz NOT NULL
);
