/**
 * The brokered login, from an accepted authorization request to the code at the SP: SSO or the
 * choice of an IdP, the login there, the identity checked against the RNIPP, the information or
 * consent page, and the logout. The only package that calls the others in sequence; they never call
 * it, nor each other sideways (see docs/architecture.md).
 */
package fr.fc.login;
