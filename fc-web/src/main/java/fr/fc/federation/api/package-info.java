/** The browser side of fc as a client of identity providers: the IdP choice page. */
package fr.fc.federation.api;
