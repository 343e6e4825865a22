package fr.fc.oidc;

import fr.fc.registry.ClientSecrets;
import fr.fc.registry.RegisteredClient;
import fr.fc.session.AuthorizationCode;
import fr.fc.shared.config.Issuer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** A registered SP, its grant and a citizen's identity, as the token and userinfo rules see them. */
final class TokenFixtures {

  static final String CLIENT_ID = "sp";
  static final String SECRET = "a-secret-of-the-sp";
  static final String REDIRECT = "https://sp.example.gouv.fr/callback";
  static final String ISSUER_URL = "https://fc.example.gouv.fr/api/v2";
  static final Issuer ISSUER = Issuer.parse(ISSUER_URL);
  static final String SUB = "34f4e38b510841db1a83716b981f7298badec51dc52e91af245903b56e2d72bbv1";
  static final String NONCE = "nonce-of-at-least-22-chars";
  static final long AUTH_TIME = 1_700_000_000L;
  /** RFC 7636 Appendix B. */
  static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  /** Every identity scope of the v2 standard platform. */
  static final List<String> ALL_SCOPES =
      List.of(
          "openid",
          "profile",
          "birth",
          "identite_pivot",
          "given_name",
          "family_name",
          "gender",
          "birthdate",
          "birthplace",
          "birthcountry",
          "email",
          "preferred_username",
          "idp_birthdate");

  private TokenFixtures() {}

  static RegisteredClient client(String clientId, String secret, String signingAlg) {
    return RegisteredClient.builder(clientId)
        .name("Service")
        .entityId("entity")
        .redirectUris(Set.of(REDIRECT))
        .scopes(Set.copyOf(ALL_SCOPES))
        .secretHash(ClientSecrets.hash(secret))
        .signing(signingAlg, "HS256".equals(signingAlg) ? secret : null)
        .build();
  }

  static RegisteredClient client() {
    return client(CLIENT_ID, SECRET, "ES256");
  }

  static Function<String, Optional<RegisteredClient>> registry(RegisteredClient... clients) {
    Map<String, RegisteredClient> byId = new LinkedHashMap<>();
    for (RegisteredClient client : clients) {
      byId.put(client.clientId(), client);
    }
    return id -> Optional.ofNullable(byId.get(id));
  }

  static LinkedHashMap<String, Object> identity() {
    LinkedHashMap<String, Object> identity = new LinkedHashMap<>();
    identity.put("given_name", "Angela Claire Louise");
    identity.put("given_name_array", List.of("Angela", "Claire", "Louise"));
    identity.put("family_name", "DUBOIS");
    identity.put("birthdate", "1962-08-24");
    identity.put("idp_birthdate", "1962-08-24");
    identity.put("gender", "female");
    identity.put("preferred_username", "");
    identity.put("birthcountry", "99100");
    identity.put("birthplace", "75107");
    identity.put("email", "angela.dubois@example.fr");
    return identity;
  }

  static AuthorizationCode grant(String code, String challenge, boolean amrRequested) {
    return new AuthorizationCode(
        code,
        CLIENT_ID,
        REDIRECT,
        List.of("openid", "profile", "email"),
        NONCE,
        "eidas1",
        challenge,
        amrRequested,
        List.of("fc", "pwd"),
        SUB,
        identity(),
        AUTH_TIME,
        "idp",
        "flow");
  }

  static AuthorizationCode grant() {
    return grant("code-1", null, false);
  }
}
