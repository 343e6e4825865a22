package fr.fc.sandbox.sp;

/**
 * fc as the SP reaches it through one version of its API: that version's endpoints, the SP's
 * registration there, and the check of the JWTs fc signs for it.
 */
record FcApiAccess(FcApi api, ProviderMetadata endpoints, SpRegistration sp, FcJwtCheck check) {}
