package fr.fc.sandbox.idp;

import fr.fc.sandbox.FcPlusIssuer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo IdPs, each with its issuer under the sandbox's base URL, and their client fc: three
 * sign with keys of their own (ES256), the legacy one with fc's client secret (HS256).
 */
@ApplicationScoped
public class IdpCatalogue {

  static final String LEGACY = "historique";
  /** The FranceConnect+ demo IdPs and their levels: eIDAS substantial, and high. */
  static final Map<String, String> PLUS_LEVELS = Map.of("identite-numerique", "eidas2", "france-identite", "eidas3");
  static final List<String> IDS =
      List.of("impots", "ameli", "laposte", LEGACY, "identite-numerique", "france-identite");

  @Inject
  @ConfigProperty(name = "fc.sandbox.base-url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-issuer")
  String fcIssuer;

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-plus-issuer")
  Optional<String> fcPlusIssuer = Optional.empty();

  @Inject
  @ConfigProperty(name = "fc.sandbox.idp.client-id")
  String clientId;

  @Inject
  @ConfigProperty(name = "fc.sandbox.idp.client-secret")
  String clientSecret;

  private Map<String, DemoIdp> idps;
  private RegisteredClient client;

  @PostConstruct
  void start() {
    idps = create(baseUrl, clientSecret);
    client = RegisteredClient.fc(fcIssuer, FcPlusIssuer.of(fcPlusIssuer, fcIssuer), clientId, clientSecret);
  }

  /** The IdPs, issuer {base-url}/idp/{id}, each with a new key but the legacy one. */
  static Map<String, DemoIdp> create(String baseUrl, String clientSecret) {
    String root = baseUrl.replaceAll("/+$", "");
    Map<String, DemoIdp> idps = new LinkedHashMap<>();
    IDS.forEach(id -> idps.put(id, demoIdp(id, root + "/idp/" + id, clientSecret)));
    return Map.copyOf(idps);
  }

  // A forger of an ES256 IdP signs HS256 with the secret fc shares with it (algorithm confusion);
  // one of the legacy IdP signs HS256 with a secret of its own.
  private static DemoIdp demoIdp(String id, String issuer, String clientSecret) {
    SecretSigner withClientSecret = new SecretSigner(clientSecret);
    if (LEGACY.equals(id)) {
      return new DemoIdp(id, issuer, withClientSecret, SecretSigner.unknownSecret());
    }
    if (PLUS_LEVELS.containsKey(id)) {
      return new DemoIdp(id, issuer, IdpKeys.generate(), withClientSecret, PLUS_LEVELS.get(id), RandomTokens.bytes(32));
    }
    return new DemoIdp(id, issuer, IdpKeys.generate(), withClientSecret);
  }

  Optional<DemoIdp> find(String id) {
    return Optional.ofNullable(id == null ? null : idps.get(id));
  }

  RegisteredClient client() {
    return client;
  }

  /** Where fc publishes the keys its IdPs encrypt to (its client/.well-known/keys). */
  String fcClientKeys() {
    return fcIssuer.replaceAll("/+$", "") + "/client/.well-known/keys";
  }
}
