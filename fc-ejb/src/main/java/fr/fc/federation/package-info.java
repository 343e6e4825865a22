/** fc as a client of identity providers: the authorization URL, the token and userinfo calls, their checks. */
package fr.fc.federation;
