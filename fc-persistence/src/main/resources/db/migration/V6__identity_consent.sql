-- Whether a private SP must collect the citizen's consent before fc transmits their identity
-- (contract section 1.13, identityConsent); public SPs only inform, whatever this says.
ALTER TABLE service_provider ADD COLUMN identity_consent BOOLEAN DEFAULT FALSE NOT NULL;
