/**
 * The citizen's own space (/espace): a service provider of fc, which logs the citizen in through
 * fc's OpenID Connect endpoints over HTTP (authorization code, PKCE, state, nonce), keeps the
 * pseudonym fc gives it (the ID token's sub) in the HTTP session, and shows what {@link
 * fr.fc.citizen.CitizenSpace} holds for that pseudonym: the history of their connections, their
 * choice of identity providers, their reports of a connection they did not make. The pseudonym is
 * only ever read from the session, never from a request.
 */
package fr.fc.citizen.web;
