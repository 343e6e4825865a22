-- What fc needs to serve an SP: its secret (hashed), its scopes and its post-logout redirect URIs.
ALTER TABLE service_provider ADD COLUMN client_secret_hash VARCHAR(64);
ALTER TABLE service_provider ADD COLUMN scopes VARCHAR(2048) DEFAULT 'openid' NOT NULL;

CREATE TABLE service_provider_post_logout_uri (
    service_provider_id      BIGINT        NOT NULL REFERENCES service_provider (id) ON DELETE CASCADE,
    post_logout_redirect_uri VARCHAR(1024) NOT NULL,
    PRIMARY KEY (service_provider_id, post_logout_redirect_uri)
);
