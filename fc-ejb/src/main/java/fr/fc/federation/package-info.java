/** fc as a client of identity providers: the citizen's choice of IdP and the login there. */
package fr.fc.federation;
