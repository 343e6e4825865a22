package fr.fc.sandbox.sp;

import org.jose4j.keys.resolvers.VerificationKeyResolver;

/** fc as the SP knows it: its discovery metadata and the keys of its JWKS, fetched on demand. */
record FcProvider(ProviderMetadata metadata, VerificationKeyResolver keys) {}
