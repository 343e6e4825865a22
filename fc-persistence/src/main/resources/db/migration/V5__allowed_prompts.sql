-- The prompt values an SP may have honoured (contract section 1.2, allowedPrompts), space-separated;
-- empty for none: fc then acts on "login consent" whatever the SP sends.
ALTER TABLE service_provider ADD COLUMN allowed_prompts VARCHAR(32) DEFAULT '' NOT NULL;
