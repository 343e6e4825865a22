package fr.fc.sandbox.portal;

import fr.fc.sandbox.idp.AccountGuide;
import java.net.URI;
import java.util.List;

/**
 * What the portal shows: where fc is (its issuers and endpoints), the demo SP's flows and the demo
 * accounts.
 *
 * @param fcIssuer fc's standard issuer, as the sandbox is configured
 * @param fcPlusIssuer fc's FranceConnect+ issuer
 */
record Portal(
    String fcIssuer,
    String fcPlusIssuer,
    FcEndpoints endpoints,
    List<SpStart> starts,
    List<AccountGuide.Entry> accounts) {

  /** Where the contract's issuers end (contract section 1.1). */
  static final String API_PATH = "/api/v2";

  Portal {
    fcIssuer = fcIssuer.replaceFirst("/+$", "");
    starts = List.copyOf(starts);
    accounts = List.copyOf(accounts);
  }

  /**
   * fc's base URL, where its other pages are (the citizen's space, /espace/): the issuer without
   * its /api/v2, else the issuer's origin.
   */
  String fcBaseUrl() {
    if (fcIssuer.endsWith(API_PATH)) {
      return fcIssuer.substring(0, fcIssuer.length() - API_PATH.length());
    }
    URI issuer = URI.create(fcIssuer);
    return issuer.getScheme() + "://" + issuer.getRawAuthority();
  }
}
