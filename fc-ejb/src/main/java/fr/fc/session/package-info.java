/**
 * Flow state: interactions, codes, tokens and SSO sessions, kept in JCache (Payara's Domain Data
 * Grid) under opaque ids, so that any node of a cluster continues any step of any flow.
 */
package fr.fc.session;
