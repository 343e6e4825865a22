-- The IdPs an SP lets its citizens use (contract section 2.1, idpFilterExclude and idpFilterList):
-- all but those listed when excluding (the default, with an empty list), else only those listed.
ALTER TABLE service_provider ADD COLUMN idp_filter_exclude BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE service_provider ADD COLUMN idp_filter_list VARCHAR(1024) DEFAULT '' NOT NULL;
