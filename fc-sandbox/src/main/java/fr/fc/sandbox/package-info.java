/**
 * The sandbox: demo partners of fc (identity providers, a service provider, a data provider, an
 * RNIPP simulator) that developers integrate against, a mail catcher that receives what fc sends by
 * SMTP, and a developer portal at its root that ties them together. Nothing here depends on fc's
 * code.
 */
package fr.fc.sandbox;
