package fr.fc.oidc;

import java.util.Comparator;
import java.util.List;

/** The authentication levels of the contract, lowest first (eIDAS low, substantial, high). */
public final class Acr {

  public static final String EIDAS1 = "eidas1";
  private static final List<String> LEVELS = List.of(EIDAS1, "eidas2", "eidas3");

  private Acr() {}

  public static boolean isLevel(String acr) {
    return LEVELS.contains(acr);
  }

  /** Whether an IdP allowed these acrs can authenticate a citizen at {@code requested} or above. */
  public static boolean reachable(List<String> allowed, String requested) {
    return allowed.stream().anyMatch(acr -> atLeast(acr, requested));
  }

  /** The level to ask an IdP for: the SP's, or the lowest the IdP answers with when that is higher. */
  public static String toAsk(List<String> allowed, String requested) {
    return allowed.stream()
        .filter(Acr::isLevel)
        .min(Comparator.comparingInt(LEVELS::indexOf))
        .filter(lowest -> LEVELS.indexOf(lowest) > LEVELS.indexOf(requested))
        .orElse(requested);
  }

  /** Whether an identity authenticated at {@code acr} satisfies an SP that asks for {@code requested}. */
  public static boolean atLeast(String acr, String requested) {
    return isLevel(acr) && LEVELS.indexOf(acr) >= LEVELS.indexOf(requested);
  }
}
