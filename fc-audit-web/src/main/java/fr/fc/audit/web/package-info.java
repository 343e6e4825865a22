/**
 * The auditors' pages (/audit): search the audit trail, follow one login, daily volumes, the
 * chain's check and its signed checkpoints, the CSV export; and how auditors log in (a form,
 * passwords from {@code fc.audit.auditors}). Each page's bean reads its form, calls {@link
 * fr.fc.audit.AuditReports} once, and hands the result to its view.
 */
package fr.fc.audit.web;
