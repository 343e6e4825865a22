-- The citizen's space. Nothing of an identity: the citizen is their pseudonym, the space's pairwise
-- sub (a keyed hash of the verified identity).

-- The index of the audit trail by citizen: which of its events are a citizen's connections. Purged
-- after fc.space.history-days; the events themselves stay as long as the trail keeps them.
CREATE TABLE citizen_event (
    event_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES audit_event (id) ON DELETE CASCADE,
    citizen     VARCHAR(80)  NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX citizen_event_by_citizen ON citizen_event (citizen, occurred_at);
CREATE INDEX citizen_event_by_time ON citizen_event (occurred_at);

-- The citizen's choice of identity providers: one row per IdP they chose about, and whether the
-- IdPs they never chose about may be used.
CREATE TABLE citizen_idp_choice (
    citizen    VARCHAR(80) NOT NULL,
    idp_id     VARCHAR(64) NOT NULL,
    allowed    BOOLEAN     NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (citizen, idp_id)
);

CREATE TABLE citizen_preference (
    citizen          VARCHAR(80) NOT NULL PRIMARY KEY,
    new_idps_allowed BOOLEAN     NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
