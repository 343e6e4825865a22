/**
 * The sandbox: demo partners of fc (identity providers, a service provider, a data provider, an
 * RNIPP simulator) that developers integrate against, and a mail catcher that receives what fc
 * sends by SMTP. Nothing here depends on fc's code.
 */
package fr.fc.sandbox;
