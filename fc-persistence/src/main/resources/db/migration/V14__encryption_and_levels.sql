-- FranceConnect+ (contract section 2.1): how an IdP encrypts its ID tokens and userinfo to fc's
-- keys (JWE alg and enc of each), all null when it does not.
ALTER TABLE identity_provider ADD COLUMN id_token_encrypted_alg VARCHAR(16);
ALTER TABLE identity_provider ADD COLUMN id_token_encrypted_enc VARCHAR(16);
ALTER TABLE identity_provider ADD COLUMN userinfo_encrypted_alg VARCHAR(16);
ALTER TABLE identity_provider ADD COLUMN userinfo_encrypted_enc VARCHAR(16);
-- The levels an SP may ask for, space-separated; empty for every level of its platforms.
ALTER TABLE service_provider ADD COLUMN acrs VARCHAR(32) DEFAULT '' NOT NULL;
