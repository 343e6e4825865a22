package fr.fc.data;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditScope;
import fr.fc.audit.AuditTrail;
import fr.fc.crypto.NestedJwt;
import fr.fc.crypto.SigningKeys;
import fr.fc.identity.PivotIdentity;
import fr.fc.identity.Subjects;
import fr.fc.registry.DataProviderRegistry;
import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.registry.IdentityProviderRegistry;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.RegisteredDataProvider;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.AccessToken;
import fr.fc.session.AccessTokens;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwt.JwtClaims;

/**
 * The checktoken endpoints of data providers (contract section 3): what an SP's access token
 * gives the provider, v2 signed by fc and encrypted to the provider, v1 in plain JSON.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CheckTokenService {

  static final Set<String> V2_FIELDS = Set.of("token", "client_id", "client_secret");
  private static final int MAX_FIELD_LENGTH = 256;

  @EJB private DataProviderRegistry dataProviders;
  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private IdentityProviderRegistry identityProviders;
  @Inject private AccessTokens accessTokens;
  @Inject private DataProviderKeys keys;
  @EJB private Subjects subjects;
  @EJB private SigningKeys signingKeys;
  @EJB private Configuration configuration;
  @EJB private AuditTrail audit;

  /**
   * v2: the token's introspection, a JWS of fc in a JWE to the provider.
   *
   * @throws FcException Y150001 for a missing, unknown or oversized field, Y150002 for a provider
   *     fc cannot authenticate, Y150003 when its key cannot be had
   */
  public String checkToken(RequestParameters form) {
    return checkToken(form, Platform.V2);
  }

  /**
   * The same on a platform: a token of another platform is not active here, and the answer names
   * this platform's issuer.
   */
  public String checkToken(RequestParameters form, Platform platform) {
    requireOnly(form);
    RegisteredDataProvider dp =
        dataProviders
            .find(form.get("client_id"))
            .filter(provider -> provider.acceptsSecret(form.get("client_secret"), java.time.Instant.now()))
            .orElseThrow(() -> new FcException(FcError.CHECKTOKEN_CLIENT_INVALID));
    AuditScope.authenticated(dp.clientId());
    Optional<AccessToken> token = accessTokens.find(form.get("token")).filter(found -> found.platform() == platform);
    Map<String, Object> introspection =
        TokenIntrospection.of(token, Instant.now().getEpochSecond(), dp, live -> providerSub(live, dp));
    String answer = encrypted(signed(dp, introspection, configuration.settings().issuer(platform)), dp);
    record(token, Boolean.TRUE.equals(introspection.get("active")), dp);
    return answer;
  }

  /**
   * v1: the SP's grant and the citizen's identity, for a provider written for FranceConnect v1.
   *
   * @throws FcException Y150011 for a malformed token, Y150012 for one unknown or expired
   */
  public Map<String, Object> checkTokenV1(String token) {
    if (token == null || token.isBlank() || token.length() > MAX_FIELD_LENGTH) {
      throw new FcException(FcError.CHECKTOKEN_V1_TOKEN_MALFORMED);
    }
    AccessToken live = liveToken(token).orElseThrow(() -> new FcException(FcError.CHECKTOKEN_V1_TOKEN_NOT_FOUND));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("scope", live.scopes());
    answer.put("identity", identity(live));
    answer.put("client", Map.of("client_id", live.clientId(), "client_name", clientName(live)));
    answer.put("identity_provider_id", live.idpId());
    answer.put("identity_provider_host", identityProviderHost(live));
    answer.put("acr", live.acr());
    audit.record(AuditEvent.CHECKTOKEN_ANSWERED, live.auditContext(), live.sub(), null);
    return answer;
  }

  private static void requireOnly(RequestParameters form) {
    boolean valid =
        V2_FIELDS.equals(form.asMap().keySet())
            && V2_FIELDS.stream().allMatch(field -> form.get(field) != null && form.get(field).length() <= MAX_FIELD_LENGTH);
    if (!valid) {
      throw new FcException(FcError.CHECKTOKEN_REQUEST_INVALID);
    }
  }

  private Optional<AccessToken> liveToken(String token) {
    long now = Instant.now().getEpochSecond();
    return accessTokens.find(token).filter(live -> !live.isExpiredAt(now));
  }

  private String providerSub(AccessToken token, RegisteredDataProvider dp) {
    return subjects.forEntity(dp.clientId(), PivotIdentity.fromClaims(RegisteredIdentity.of(token)));
  }

  private String signed(RegisteredDataProvider dp, Map<String, Object> introspection, Issuer issuer) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer.url());
    claims.setAudience(dp.clientId());
    claims.setIssuedAtToNow();
    claims.setClaim("token_introspection", introspection);
    return signingKeys.signer().sign(claims, dp.signedResponseAlg(), null);
  }

  private String encrypted(String jws, RegisteredDataProvider dp) {
    PublicJsonWebKey key = keys.encryptionKey(dp);
    return NestedJwt.encrypt(jws, key.getPublicKey(), key.getKeyId(), dp.encryptedResponseAlg(), dp.encryptedResponseEnc());
  }

  /** The detail names the data provider: the citizen's space shows which data went where. */
  private void record(Optional<AccessToken> token, boolean active, RegisteredDataProvider dp) {
    audit.record(
        AuditEvent.CHECKTOKEN_ANSWERED,
        token.map(AccessToken::auditContext).orElse(new AuditContext(null, null, null)),
        token.map(AccessToken::sub).orElse(null),
        active ? null : "inactive",
        dataProviderDetail(dp.uid()));
  }

  static String dataProviderDetail(String uid) {
    return JsonUtil.toJson(Map.of("data_provider", uid));
  }

  private static Map<String, Object> identity(AccessToken token) {
    Map<String, Object> identity = new LinkedHashMap<>();
    Map<String, Object> registered = RegisteredIdentity.of(token);
    TokenIntrospection.IDENTITY_CLAIMS.forEach(claim -> identity.put(claim, registered.get(claim)));
    return identity;
  }

  private String clientName(AccessToken token) {
    return serviceProviders.find(token.clientId()).map(RegisteredClient::name).orElse(token.clientId());
  }

  private String identityProviderHost(AccessToken token) {
    return identityProviders
        .find(token.idpId())
        .map(IdentityProviderRegistration::issuer)
        .map(issuer -> URI.create(issuer).getHost())
        .orElse(null);
  }
}
