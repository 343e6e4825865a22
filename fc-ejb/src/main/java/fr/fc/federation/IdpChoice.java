package fr.fc.federation;

import java.util.List;

/**
 * What the IdP choice page shows for one interaction.
 *
 * @param spName the service provider the citizen is logging in to
 * @param tiles the IdPs the citizen may choose, in display order
 * @param uiLocales the languages the SP asked the pages in (ui_locales), or null
 */
public record IdpChoice(
    String interactionUid, String csrfToken, String spName, List<Tile> tiles, String uiLocales) {

  /**
   * One IdP on the page; an unavailable one is shown, greyed out; a beta one, marked so.
   *
   * @param excluded whether the SP excludes it: shown, greyed, only as the IdP of the citizen's session
   */
  public record Tile(
      String idpId, String title, boolean available, boolean beta, boolean excluded, boolean blockedByCitizen,
      boolean logo) {}
}
