-- The audit trail: append-only, each event chained to the previous one by a SHA-256 hash, so that
-- a changed, removed or inserted row breaks the chain. Pseudonymous: the SP's sub, no identity.
CREATE TABLE audit_event (
    id              BIGINT       NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    event           VARCHAR(64)  NOT NULL,
    interaction_ref VARCHAR(64),
    sp_client_id    VARCHAR(64),
    idp_id          VARCHAR(64),
    sub             VARCHAR(80),
    error_code      VARCHAR(16),
    previous_hash   VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL
);

-- The head of the chain: one row, locked by the writer, so that every node appends in turn.
CREATE TABLE audit_chain_head (
    singleton  INT         NOT NULL PRIMARY KEY,
    last_id    BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
