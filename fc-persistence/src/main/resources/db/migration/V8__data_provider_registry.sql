-- Data providers (FD): the administrations that, with the citizen's consent, give an SP data about them,
-- checking the SP's access token at fc's checktoken endpoint (contract section 3).
CREATE TABLE data_provider (
    id                                BIGINT        NOT NULL PRIMARY KEY,
    provider_uid                      VARCHAR(64)   NOT NULL UNIQUE,
    title                             VARCHAR(256)  NOT NULL,
    active                            BOOLEAN       NOT NULL,
    client_id                         VARCHAR(64)   NOT NULL UNIQUE,
    client_secret_hash                VARCHAR(64)   NOT NULL,
    scopes                            VARCHAR(2048) NOT NULL,
    jwks_uri                          VARCHAR(1024) NOT NULL,
    checktoken_signed_response_alg    VARCHAR(8)    NOT NULL,
    checktoken_encrypted_response_alg VARCHAR(16)   NOT NULL,
    checktoken_encrypted_response_enc VARCHAR(16)   NOT NULL,
    created_at                        TIMESTAMP WITH TIME ZONE NOT NULL
);
