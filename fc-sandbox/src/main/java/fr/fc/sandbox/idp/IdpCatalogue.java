package fr.fc.sandbox.idp;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The three demo IdPs, each with its issuer under the sandbox's base URL, and their client fc. */
@ApplicationScoped
public class IdpCatalogue {

  static final List<String> IDS = List.of("impots", "ameli", "laposte");

  @Inject
  @ConfigProperty(name = "fc.sandbox.base-url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-issuer")
  String fcIssuer;

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
    idps = create(baseUrl);
    client = RegisteredClient.fc(fcIssuer, clientId, clientSecret);
  }

  /** The IdPs, issuer {base-url}/idp/{id}, each with a new key. */
  static Map<String, DemoIdp> create(String baseUrl) {
    String root = baseUrl.replaceAll("/+$", "");
    Map<String, DemoIdp> idps = new LinkedHashMap<>();
    IDS.forEach(id -> idps.put(id, new DemoIdp(id, root + "/idp/" + id, IdpKeys.generate())));
    return Map.copyOf(idps);
  }

  Optional<DemoIdp> find(String id) {
    return Optional.ofNullable(id == null ? null : idps.get(id));
  }

  RegisteredClient client() {
    return client;
  }
}
