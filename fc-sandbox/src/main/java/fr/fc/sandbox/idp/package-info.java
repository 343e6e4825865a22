/**
 * The sandbox's three demo identity providers (impots, ameli, laposte): one small OpenID Connect
 * provider, authorization code flow only, parameterised by the IdP id, whose one client is fc. Its
 * fictional accounts cover the identity edge cases of the FranceConnect contract.
 */
package fr.fc.sandbox.idp;
