-- The version of the pledge a donation shows (its pledge or latest amendment), beside the version of its latest event.
-- A receipt moves only the latter, so an amendment that reaches the topic after a later receipt (a relay batch that
-- failed after some of its records landed is published again) no longer looks stale (issue 9). Rows held already take
-- their version: an amendment dropped before this change comes back only with a replay from offset 0.
ALTER TABLE aid_donation ADD COLUMN pledge_version integer;
UPDATE aid_donation SET pledge_version = version;
ALTER TABLE aid_donation ALTER COLUMN pledge_version SET NOT NULL;
