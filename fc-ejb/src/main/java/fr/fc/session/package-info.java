/**
 * Flow state: codes, tokens, SSO sessions and the stores they live in, kept in JCache (Payara's
 * Domain Data Grid) under opaque ids, so that any node of a cluster continues any step of any flow.
 */
package fr.fc.session;
