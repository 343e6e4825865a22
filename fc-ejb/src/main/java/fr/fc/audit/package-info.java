/**
 * The audit trail: a fixed catalogue of business events, stored append-only in the database, each
 * chained to the previous one by a hash so that tampering is detectable. Audit is not logging.
 */
package fr.fc.audit;
