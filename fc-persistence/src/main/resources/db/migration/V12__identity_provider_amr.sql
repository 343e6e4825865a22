-- The amr values fc states for logins through an IdP (contract section 1.4: a static list per IdP,
-- e.g. "fc pwd"), space-separated; empty to pass on the IdP's own.
ALTER TABLE identity_provider ADD COLUMN amr VARCHAR(256) DEFAULT '' NOT NULL;
