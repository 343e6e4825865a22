package fr.fc.federation;

import java.util.List;

/**
 * What the IdP choice page shows for one interaction.
 *
 * @param spName the service provider the citizen is logging in to
 * @param tiles the IdPs the citizen may choose, in display order
 */
public record IdpChoice(String interactionUid, String csrfToken, String spName, List<Tile> tiles) {

  /** One IdP on the page; an unavailable one is shown, greyed out. */
  public record Tile(String idpId, String title, boolean available) {}
}
