-- The citizens' answers on the consent page: which SP asked for which data, given or refused, and when.
-- Pseudonymous: the SP's sub of the citizen, never an identity.
CREATE SEQUENCE consent_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE consent (
    id           BIGINT        NOT NULL PRIMARY KEY,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sp_client_id VARCHAR(64)   NOT NULL,
    sub          VARCHAR(80)   NOT NULL,
    scopes       VARCHAR(2048) NOT NULL,
    given        BOOLEAN       NOT NULL
);

CREATE INDEX consent_by_sub ON consent (sub, answered_at);
