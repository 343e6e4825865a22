/** The HTTP endpoints of fc's OpenID Connect provider (contract section 1). */
package fr.fc.oidc.api;
