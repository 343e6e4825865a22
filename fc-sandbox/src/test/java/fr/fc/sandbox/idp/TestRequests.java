package fr.fc.sandbox.idp;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Request parts for the unit tests. */
final class TestRequests {

  static final String FC_ISSUER = "http://localhost:7000/api/v2";
  static final String CALLBACK = FC_ISSUER + "/oidc-callback";
  static final RegisteredClient FC = RegisteredClient.fc(FC_ISSUER, "fc", "secret");

  private TestRequests() {}

  static Parameters form(String... namesAndValues) {
    MultivaluedHashMap<String, String> values = new MultivaluedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Parameters(values);
  }

  static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** A valid authorization request's parameters, followed by the given ones. */
  static Parameters authorization(String... more) {
    String[] base = {
      "response_type", "code",
      "client_id", "fc",
      "redirect_uri", CALLBACK,
      "scope", "openid profile email birth",
      "state", "state-1",
      "nonce", "nonce-1"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return form(all);
  }
}
