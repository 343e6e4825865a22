-- The registry changed while fc runs (issue 13): identity providers join the database, secrets can be
-- rotated with a grace period, every node follows a version number, and the audit trail names the
-- operator behind each change.

-- Identity providers: fc is their OpenID Connect client. fc must send its secret to them, so it is
-- sealed (AES-256-GCM), never hashed. The endpoints registered by hand are a JSON object.
CREATE TABLE identity_provider (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    provider_uid         VARCHAR(64)   NOT NULL UNIQUE,
    title                VARCHAR(256)  NOT NULL,
    issuer               VARCHAR(1024) NOT NULL,
    client_id            VARCHAR(256)  NOT NULL,
    client_secret_sealed VARCHAR(1024) NOT NULL,
    allowed_acrs         VARCHAR(64)   NOT NULL,
    endpoints            VARCHAR(4096) NOT NULL,
    id_token_signing_alg VARCHAR(8)    NOT NULL,
    userinfo_signing_alg VARCHAR(8)    NOT NULL,
    display_order        INTEGER       NOT NULL,
    displayed            BOOLEAN       NOT NULL,
    beta                 BOOLEAN       NOT NULL,
    available            BOOLEAN       NOT NULL,
    active               BOOLEAN       NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The press kit's eligibility category of an SP (local authority, central administration...).
ALTER TABLE service_provider ADD COLUMN category VARCHAR(32);

-- A rotated secret keeps working until its grace period ends.
ALTER TABLE service_provider ADD COLUMN previous_secret_hash VARCHAR(64);
ALTER TABLE service_provider ADD COLUMN previous_secret_valid_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE data_provider ADD COLUMN previous_secret_hash VARCHAR(64);
ALTER TABLE data_provider ADD COLUMN previous_secret_valid_until TIMESTAMP WITH TIME ZONE;

-- Incremented by every registry change, in its transaction: each node compares it with its own
-- once a second and reloads its in-memory registry when it moved.
CREATE TABLE registry_version (
    singleton INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
    version   BIGINT  NOT NULL
);
INSERT INTO registry_version (singleton, version) VALUES (1, 0);

-- Who made an operator's change, and what it changed (fields before and after, never a secret).
ALTER TABLE audit_event ADD COLUMN actor VARCHAR(128);
ALTER TABLE audit_event ADD COLUMN detail VARCHAR(4000);
