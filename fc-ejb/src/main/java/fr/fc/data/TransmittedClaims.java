package fr.fc.data;

import java.util.List;

/**
 * The claims one source gives the SP, as the information page lists them.
 *
 * @param source where the data comes from: {@link #IDENTITY} for the identity fc checked, else the
 *     data provider's id
 * @param title the data provider's name, as registered; null for the identity, which the page names
 * @param claims the claims' names (for a data provider, its scopes), in catalogue order
 */
public record TransmittedClaims(String source, String title, List<String> claims) {

  public static final String IDENTITY = "identity";

  public TransmittedClaims {
    claims = List.copyOf(claims);
  }

  /** The identity claims fc checked itself. */
  public static TransmittedClaims identity(List<String> claims) {
    return new TransmittedClaims(IDENTITY, null, claims);
  }

  public boolean fromDataProvider() {
    return !IDENTITY.equals(source);
  }
}
