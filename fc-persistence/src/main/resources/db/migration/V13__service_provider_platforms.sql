-- The platforms an SP may log in through (contract section 0: v1, v2, plus), space-separated; and,
-- for FranceConnect+, where its encryption keys are and how fc encrypts its ID tokens and userinfo to
-- them (contract section 1.9).
ALTER TABLE service_provider ADD COLUMN platforms VARCHAR(32) DEFAULT 'v1 v2' NOT NULL;
ALTER TABLE service_provider ADD COLUMN jwks_uri VARCHAR(1024);
ALTER TABLE service_provider ADD COLUMN id_token_encrypted_alg VARCHAR(16);
ALTER TABLE service_provider ADD COLUMN id_token_encrypted_enc VARCHAR(16);
ALTER TABLE service_provider ADD COLUMN userinfo_encrypted_alg VARCHAR(16);
ALTER TABLE service_provider ADD COLUMN userinfo_encrypted_enc VARCHAR(16);
