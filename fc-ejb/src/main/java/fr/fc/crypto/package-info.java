/** fc's own keys: the signing keys of its tokens, their storage and their publication as a JWKS. */
package fr.fc.crypto;
