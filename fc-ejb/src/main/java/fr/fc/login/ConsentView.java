package fr.fc.login;

import fr.fc.data.TransmittedClaims;
import java.util.List;

/**
 * What the information page shows: who logs in, where, what fc will transmit, and whether the
 * citizen must tick the consent box first.
 *
 * @param transmitted the claims transmitted, grouped by source; empty for an anonymous login
 * @param uiLocales the languages the SP asked the pages in (ui_locales), or null
 */
public record ConsentView(
    String interactionUid,
    String csrfToken,
    String spName,
    String citizenName,
    List<TransmittedClaims> transmitted,
    DataTransferNotice notice,
    String uiLocales) {

  public ConsentView {
    transmitted = List.copyOf(transmitted);
  }

  /** Whether the SP asked for openid only: no identity is transmitted. */
  public boolean anonymous() {
    return notice == DataTransferNotice.ANONYMOUS;
  }

  public boolean consentRequired() {
    return notice.consentRequired();
  }

  /** Whether some of the data comes from data providers, for which the page says why it asks. */
  public boolean fromDataProviders() {
    return transmitted.stream().anyMatch(TransmittedClaims::fromDataProvider);
  }
}
