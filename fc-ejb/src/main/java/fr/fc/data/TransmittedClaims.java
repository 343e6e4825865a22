package fr.fc.data;

import java.util.List;

/**
 * The claims one source gives the SP, as the information page lists them.
 *
 * @param source where the data comes from: {@link #IDENTITY} for the identity fc checked (data
 *     providers will be sources of their own)
 * @param claims the claims' names, in catalogue order
 */
public record TransmittedClaims(String source, List<String> claims) {

  public static final String IDENTITY = "identity";

  public TransmittedClaims {
    claims = List.copyOf(claims);
  }
}
