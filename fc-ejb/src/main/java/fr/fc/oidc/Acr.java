package fr.fc.oidc;

import java.util.List;

/** The authentication levels of the contract, lowest first (eIDAS low, substantial, high). */
public final class Acr {

  public static final String EIDAS1 = "eidas1";
  private static final List<String> LEVELS = List.of(EIDAS1, "eidas2", "eidas3");

  private Acr() {}

  public static boolean isLevel(String acr) {
    return LEVELS.contains(acr);
  }

  /** Whether an identity authenticated at {@code acr} satisfies an SP that asks for {@code requested}. */
  public static boolean atLeast(String acr, String requested) {
    return isLevel(acr) && LEVELS.indexOf(acr) >= LEVELS.indexOf(requested);
  }
}
