/**
 * The sandbox: demo partners of fc (identity providers, a service provider, a data provider, an
 * RNIPP simulator) that developers integrate against. Nothing here depends on fc's code.
 */
package fr.fc.sandbox;
