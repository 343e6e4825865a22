/**
 * The citizen's own space: the history of the connections made in their name, read from the audit
 * trail through an index by their pseudonym, their choice of identity providers, the notice sent
 * after each login and their reports of a connection they did not make. The pseudonym is the space's
 * own pairwise sub: a keyed hash of the verified identity, never the identity.
 */
package fr.fc.citizen;
