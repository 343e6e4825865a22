package fr.fc.citizen;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.registry.DataProviderRegistry;
import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.registry.IdentityProviderRegistry;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.RegisteredDataProvider;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * What the citizen's space (/espace) may do, for the citizen whose pseudonym it holds: the space
 * takes it from the ID token fc gave it, never from a request. Each call is audited, under the
 * space's client id with the pseudonym as sub.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CitizenSpace {

  /** The client id of the space, registered by fc itself; its pairwise sub is the citizen's pseudonym. */
  public static final String CLIENT_ID = RegisteredClient.CITIZEN_SPACE;

  private static final Set<String> EXPORT_FORMATS = Set.of("csv", "json");

  @EJB private SpaceRegistration registration;
  @EJB private ConnectionHistory history;
  @EJB private IdpChoices choices;
  @EJB private CitizenMailer mailer;
  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private IdentityProviderRegistry identityProviders;
  @EJB private DataProviderRegistry dataProviders;
  @EJB private Configuration configuration;
  @EJB private AuditTrail audit;

  /** The space's registration, made or brought up to date first. */
  public SpaceClient client() {
    return registration.client();
  }

  /** The citizen's connections in the retention window, newest first. */
  public List<Connection> history(String citizen) {
    List<Connection> connections = connections(citizen);
    audit.record(AuditEvent.CITIZEN_HISTORY_SHOWN, spaceContext(), citizen, null);
    return connections;
  }

  /** The same, for a download (audited as an export). */
  public List<Connection> export(String citizen, String format) {
    if (!EXPORT_FORMATS.contains(format)) {
      throw new IllegalArgumentException("Export formats are csv and json");
    }
    List<Connection> connections = connections(citizen);
    audit.record(AuditEvent.CITIZEN_HISTORY_EXPORTED, spaceContext(), citizen, null, "{\"format\":\"" + format + "\"}");
    return connections;
  }

  /** One of the citizen's connections, by its code; empty when the code is not one of theirs. */
  public Optional<Connection> connection(String citizen, String code) {
    return login(citizen, code).map(this::connection);
  }

  /** The citizen's login whose flow id the code starts; empty when the code is not one of theirs. */
  private Optional<ConnectionHistory.Logged> login(String citizen, String code) {
    return ConnectionCode.flowIdPrefix(code)
        .flatMap(prefix -> logins(citizen).stream().filter(login -> login.flowId.startsWith(prefix)).findFirst());
  }

  public IdpPreferences preferences(String citizen) {
    Optional<IdpChoices.Chosen> chosen = choices.of(citizen);
    List<IdpPreference> idps =
        offered().stream()
            .map(idp -> new IdpPreference(idp.id(), idp.title(), chosen.map(c -> c.allows(idp.id())).orElse(true)))
            .toList();
    return new IdpPreferences(idps, chosen.map(IdpChoices.Chosen::newIdpsAllowed).orElse(true));
  }

  /**
   * Saves the citizen's choice and confirms it by e-mail.
   *
   * @param allowedByIdp for each IdP id the page showed, whether it is allowed; ids fc does not
   *     offer are ignored, and the IdPs the page did not show keep the citizen's earlier choice
   * @param confirmationAddress where to confirm the change (the address of the space's login), or null
   */
  public void changePreferences(
      String citizen, Map<String, Boolean> allowedByIdp, boolean newIdpsAllowed, String confirmationAddress) {
    Map<String, Boolean> shown = new LinkedHashMap<>();
    offered().stream()
        .filter(idp -> allowedByIdp.containsKey(idp.id()))
        .forEach(idp -> shown.put(idp.id(), allowedByIdp.get(idp.id())));
    // Saved in its own transaction: the event and the e-mail tell of a change that is committed.
    choices.save(citizen, shown, newIdpsAllowed);
    IdpChoices.Chosen now = choices.of(citizen).orElseThrow();
    List<String> blocked =
        offered().stream().map(IdentityProviderRegistration::id).filter(id -> !now.allows(id)).toList();
    audit.record(
        AuditEvent.CITIZEN_PREFERENCES_CHANGED, spaceContext(), citizen, null,
        JsonUtil.toJson(Map.of("blocked", blocked, "new_idps_allowed", newIdpsAllowed)));
    List<String> blockedTitles =
        offered().stream().filter(idp -> blocked.contains(idp.id())).map(IdentityProviderRegistration::title).toList();
    mailer.send(
        CitizenMail.preferencesChanged(
            confirmationAddress, Instant.now(), blockedTitles, newIdpsAllowed, registration.spaceUrl()));
  }

  /**
   * Records the citizen's report that they did not make this connection, for the operator and the
   * auditors: an event of the connection's flow, its SP and IdP.
   *
   * @return the connection reported; empty when the code is not one of theirs
   */
  public Optional<Connection> reportMisuse(String citizen, String code) {
    Optional<ConnectionHistory.Logged> login = login(citizen, code);
    login.ifPresent(
        found ->
            audit.record(
                AuditEvent.MISUSE_REPORTED, new AuditContext(found.flowId, found.spClientId, found.idpId, found.acr),
                citizen, null, "{\"reported_by\":\"" + CLIENT_ID + "\"}"));
    return login.map(this::connection).map(CitizenSpace::withReported);
  }

  private static Connection withReported(Connection connection) {
    return new Connection(
        connection.code(), connection.at(), connection.serviceName(), connection.idpTitle(), connection.acr(),
        connection.transfers(), true);
  }

  private List<Connection> connections(String citizen) {
    return logins(citizen).stream().map(this::connection).toList();
  }

  private List<ConnectionHistory.Logged> logins(String citizen) {
    Duration kept = Duration.ofDays(configuration.settings().count(Setting.SPACE_HISTORY_DAYS));
    return history.of(citizen, Instant.now().minus(kept));
  }

  private Connection connection(ConnectionHistory.Logged login) {
    return new Connection(
        ConnectionCode.of(login.flowId),
        login.at,
        serviceProviders.find(login.spClientId).map(RegisteredClient::name).orElse(login.spClientId),
        identityProviders.find(login.idpId).map(IdentityProviderRegistration::title).orElse(login.idpId),
        login.acr,
        login.checks.stream().map(check -> new DataTransfer(check.at(), dataProviderName(check.detail()))).toList(),
        login.reported);
  }

  private String dataProviderName(String detail) {
    String uid = dataProviderOf(detail);
    return dataProviders.all().stream()
        .filter(dp -> dp.uid().equals(uid))
        .map(RegisteredDataProvider::title)
        .findFirst()
        .orElse(uid == null ? "?" : uid);
  }

  static String dataProviderOf(String detail) {
    if (detail == null) {
      return null;
    }
    try {
      return JsonUtil.parseJson(detail).get("data_provider") instanceof String uid ? uid : null;
    } catch (JoseException e) {
      return null;
    }
  }

  /** The IdPs a citizen may choose about: those fc offers today. */
  private List<IdentityProviderRegistration> offered() {
    return identityProviders.all().stream()
        .filter(IdentityProviderRegistration::displayed)
        .collect(Collectors.toList());
  }

  private static AuditContext spaceContext() {
    return new AuditContext(null, CLIENT_ID, null);
  }
}
