package fr.fc.citizen;

import fr.fc.registry.RegistryImport;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Setting;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.jose4j.json.JsonUtil;

/**
 * The citizens' space as a service provider of fc, registered by fc itself in the registry, like
 * any other (the operators' API shows it, the trail has its creation): its entity is its own, so
 * that its pairwise sub is the citizen's pseudonym; its secret is fc.space.client-secret. Done at
 * the space's first use on each node, again after a failure (the database away), and again when
 * the registry no longer has it as it must be (deactivated by a pruning import, changed by hand).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SpaceRegistration {

  static final String REGISTRY_ACTOR = "fc";
  private static final Logger LOG = Logger.getLogger(SpaceRegistration.class.getName());

  @EJB private Configuration configuration;
  @EJB private RegistryImport registry;
  @EJB private ServiceProviderRegistry serviceProviders;

  private volatile SpaceClient client;

  public SpaceClient client() {
    SpaceClient known = client;
    if (known == null || !registered()) {
      known = register();
      client = known;
    }
    return known;
  }

  private boolean registered() {
    return serviceProviders
        .find(CitizenSpace.CLIENT_ID)
        .filter(sp -> CitizenSpace.CLIENT_ID.equals(sp.entityId()))
        .isPresent();
  }

  /** Where the citizens' space answers, for the links fc sends them. */
  public String spaceUrl() {
    return origin(configuration.settings().issuer()) + "/espace/";
  }

  private synchronized SpaceClient register() {
    Issuer issuer = configuration.settings().issuer();
    SpaceClient space =
        new SpaceClient(
            CitizenSpace.CLIENT_ID,
            configuration.settings().secret(Setting.SPACE_CLIENT_SECRET),
            issuer.url(),
            origin(issuer) + "/espace/callback",
            spaceUrl());
    RegistryImport.Result result = registry.apply(registryFile(space), false, false, REGISTRY_ACTOR);
    LOG.info(() -> "The citizens' space is registered as " + space.clientId() + ": " + result.changes().size()
        + " change(s)");
    return space;
  }

  static String registryFile(SpaceClient space) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("clientId", space.clientId());
    entry.put("name", "Mon espace FranceConnect");
    entry.put("entityId", space.clientId());
    entry.put("type", "public");
    entry.put("clientSecret", space.clientSecret());
    entry.put("scopes", List.of("openid", "given_name", "family_name", "email"));
    entry.put("redirectUris", List.of(space.redirectUri()));
    entry.put("postLogoutRedirectUris", List.of(space.postLogoutRedirectUri()));
    return JsonUtil.toJson(Map.of("serviceProviders", List.of(entry)));
  }

  private static String origin(Issuer issuer) {
    URI uri = URI.create(issuer.url());
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
