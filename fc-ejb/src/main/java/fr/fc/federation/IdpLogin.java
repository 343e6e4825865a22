package fr.fc.federation;

import java.io.Serializable;

/**
 * fc's login request at an identity provider, bound to the citizen's interaction.
 *
 * @param state the value the IdP must send back, compared on the callback
 * @param nonce the value the IdP's ID token must carry
 * @param codeVerifier the PKCE verifier of the challenge sent to the IdP
 */
public record IdpLogin(String idpId, String state, String nonce, String codeVerifier)
    implements Serializable {}
