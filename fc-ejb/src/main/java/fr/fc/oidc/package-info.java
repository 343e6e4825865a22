/** fc as an OpenID Connect provider to service providers: its metadata and protocol rules. */
package fr.fc.oidc;
