-- Registry of service providers (SP): the clients of fc's OpenID Connect provider.
-- EclipseLink reads each value as the last of a block of 50: the first value must be 50.
CREATE SEQUENCE registry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE service_provider (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    client_id            VARCHAR(64)   NOT NULL UNIQUE,
    name                 VARCHAR(256)  NOT NULL,
    entity_id            VARCHAR(64)   NOT NULL,
    sp_type              VARCHAR(16)   NOT NULL,
    active               BOOLEAN       NOT NULL,
    id_token_signing_alg VARCHAR(8)    NOT NULL,
    userinfo_signing_alg VARCHAR(8)    NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE service_provider_redirect_uri (
    service_provider_id BIGINT        NOT NULL REFERENCES service_provider (id) ON DELETE CASCADE,
    redirect_uri        VARCHAR(1024) NOT NULL,
    PRIMARY KEY (service_provider_id, redirect_uri)
);
