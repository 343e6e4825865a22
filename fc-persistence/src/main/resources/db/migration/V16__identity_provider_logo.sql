-- An IdP's logo on the choice page: a data URL of an SVG or PNG image (32 KiB at most, in base64).
ALTER TABLE identity_provider ADD COLUMN logo VARCHAR(45000);
