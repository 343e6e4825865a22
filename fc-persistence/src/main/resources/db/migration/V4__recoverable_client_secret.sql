-- HS256 SPs: fc signs with their client secret, so it is kept sealed (AES-256-GCM), not hashed.
ALTER TABLE service_provider ADD COLUMN client_secret_sealed VARCHAR(512);
