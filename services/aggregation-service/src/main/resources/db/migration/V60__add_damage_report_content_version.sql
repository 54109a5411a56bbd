-- The version whose content (area, asOf, figures) a report shows, beside the version of its latest event. A decision
-- changes only the latter, so a decision that reaches the topic before the amendment it was made on (a relay batch that
-- failed after some of its records landed is published again) no longer makes that amendment look stale.
ALTER TABLE damage_report ADD COLUMN content_version integer;
UPDATE damage_report SET content_version = version;
ALTER TABLE damage_report ALTER COLUMN content_version SET NOT NULL;
