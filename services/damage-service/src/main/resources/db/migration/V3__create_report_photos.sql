-- Photos of a report's damage, compressed on the officer's phone and uploaded under the id the phone gave them,
-- so a retried upload is recognised (same bytes) or refused (other bytes under that id).
CREATE TABLE damage_report_photo (
    report_id     uuid        NOT NULL REFERENCES damage_report,
    photo_id      uuid        NOT NULL,
    content_type  text        NOT NULL,
    size_bytes    integer     NOT NULL,
    sha256        text        NOT NULL,
    bytes         bytea       NOT NULL,
    uploaded_by   text        NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    PRIMARY KEY (report_id, photo_id)
);
