package fr.fc.login;

import fr.fc.oidc.EffectivePrompt;
import fr.fc.registry.RegisteredClient;
import java.util.Collection;

/**
 * How the citizen is told what fc transmits before going back to the SP (contract section 1.13).
 */
public enum DataTransferNotice {
  /** The SP asked for openid only: nothing about the citizen is transmitted. */
  ANONYMOUS,
  /** The information page: the citizen sees what is transmitted and continues. */
  INFORMATION,
  /** The consent page: nothing is transmitted until the citizen ticks the box. */
  CONSENT;

  /**
   * A tick-box consent when the SP asks for data from data providers, or is a private SP
   * registered with identityConsent that receives some identity; the information page for
   * everything else.
   *
   * @param transmittedClaims the identity claims this login transmits to the SP
   * @param dataScopes the data scopes it asks for
   */
  public static DataTransferNotice of(
      RegisteredClient sp, Collection<String> transmittedClaims, Collection<String> dataScopes) {
    if (!dataScopes.isEmpty()) {
      return CONSENT;
    }
    if (transmittedClaims.isEmpty()) {
      return ANONYMOUS;
    }
    return sp.privateSector() && sp.identityConsent() ? CONSENT : INFORMATION;
  }

  public boolean consentRequired() {
    return this == CONSENT;
  }

  /**
   * Whether the citizen goes straight back to the SP without the page: only when the effective
   * prompt does not ask for consent (a whitelisted prompt=login), and never when the SP must
   * collect consent.
   */
  public boolean skippedBy(EffectivePrompt prompt) {
    return !prompt.asksConsent() && !consentRequired();
  }
}
