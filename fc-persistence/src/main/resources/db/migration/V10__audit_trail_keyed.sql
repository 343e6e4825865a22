-- The audit trail, keyed and complete (issue 12). Each row's hash is an HMAC of its content and the
-- previous row's hash, under a key the database never holds. The rows of the first, unkeyed chain
-- stay in audit_event_unkeyed as they were; the keyed chain starts afresh. The outcome of an event
-- is not stored: it follows from the event (fr.fc.audit.AuditEvent), so it cannot be changed apart.
ALTER TABLE audit_event RENAME TO audit_event_unkeyed;

CREATE TABLE audit_event (
    id              BIGINT       NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    event           VARCHAR(64)  NOT NULL,
    error_code      VARCHAR(16),
    flow_id         VARCHAR(64),
    sp_client_id    VARCHAR(64),
    idp_id          VARCHAR(64),
    acr             VARCHAR(16),
    sub             VARCHAR(80),
    client_address  VARCHAR(45),
    user_agent      VARCHAR(256),
    node            VARCHAR(64)  NOT NULL,
    journal_id      VARCHAR(32)  NOT NULL,
    journal_seq     BIGINT       NOT NULL,
    previous_hash   VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL,
    -- A node's journal replayed after a crash writes nothing twice.
    CONSTRAINT audit_event_journal_unique UNIQUE (journal_id, journal_seq)
);
CREATE INDEX audit_event_occurred_at_index ON audit_event (occurred_at);
CREATE INDEX audit_event_sub_index ON audit_event (sub);
CREATE INDEX audit_event_flow_index ON audit_event (flow_id);

UPDATE audit_chain_head SET last_id = 0,
    last_hash = '0000000000000000000000000000000000000000000000000000000000000000' WHERE singleton = 1;

-- Signed checkpoints of the chain: what an auditor keeps outside fc, and where a purge cut it.
CREATE TABLE audit_checkpoint (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    signed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    first_id             BIGINT        NOT NULL,
    first_previous_hash  VARCHAR(64)   NOT NULL,
    last_id              BIGINT        NOT NULL,
    last_hash            VARCHAR(64)   NOT NULL,
    row_count            BIGINT        NOT NULL,
    jws                  VARCHAR(4096) NOT NULL
);
