package fr.fc.oidc.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.ws.rs.Path;

/**
 * The v1 logout (contract section 1.12): id_token_hint, state and post_logout_redirect_uri, as the
 * v2 end-session endpoint takes them, and the same logout, chained to the IdP.
 */
@Path("v1/logout")
@RequestScoped
// Its own bean type only: else CDI would give it where the v2 endpoint is asked for.
@Typed(LogoutV1Endpoint.class)
public class LogoutV1Endpoint extends EndSessionEndpoint {}
