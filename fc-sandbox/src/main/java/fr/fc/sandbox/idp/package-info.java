/**
 * The sandbox's three demo identity providers (impots, ameli, laposte): one small OpenID Connect
 * provider, authorization code flow only, parameterised by the IdP id, whose one client is fc. Its
 * fictional accounts cover the identity edge cases of the FranceConnect contract; what each shows
 * is said in one place ({@link fr.fc.sandbox.idp.AccountGuide}), which the login pages and the
 * developer portal list, in French or English.
 */
package fr.fc.sandbox.idp;
