package fr.fc.sandbox;

import java.net.URI;
import java.util.Optional;

/**
 * fc's FranceConnect+ issuer, as the sandbox's partners know it: the one configured
 * ({@code fc.sandbox.fc-plus-issuer}), or fc's standard issuer with /plus before its path, where fc
 * serves FranceConnect+ beside the standard platform.
 */
public final class FcPlusIssuer {

  private FcPlusIssuer() {}

  public static String of(Optional<String> configured, String fcIssuer) {
    return configured.orElseGet(() -> {
      URI standard = URI.create(fcIssuer.replaceFirst("/+$", ""));
      return standard.getScheme() + "://" + standard.getRawAuthority() + "/plus" + standard.getRawPath();
    });
  }
}
