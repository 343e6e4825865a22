package fr.fc.login;

import java.net.URI;

/**
 * Where a step of the login sends the citizen's browser. fc's own pages are named by the
 * interaction, not by their address, which the web module owns.
 */
public sealed interface NextStep {

  /**
   * fc's page of identity providers.
   *
   * @param failedIdpTitle the IdP that just gave no identity, for the page's notice, or null
   */
  record IdpChoice(String interactionUid, String failedIdpTitle) implements NextStep {}

  /** fc's information or consent page, the identity verified. */
  record Information(String interactionUid) implements NextStep {}

  /** The chosen IdP's authorization URL. */
  record IdentityProvider(URI authorizationUrl) implements NextStep {}

  /** The SP's redirect URI, with the login's code or its error, state and iss. */
  record ServiceProvider(URI redirect) implements NextStep {}
}
