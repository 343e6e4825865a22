package fr.fc.registry;

import fr.fc.registry.model.ServiceProvider;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A service provider's three forms and the one place that maps between them: the import file's
 * entry ({@link ServiceProviderRegistration}), the database row ({@link ServiceProvider}) and the
 * snapshot the protocol rules read ({@link RegisteredClient}). A new field of an SP is read, stored
 * and snapshot here.
 */
final class ServiceProviderMapping {

  static final Set<String> PROMPTS = Set.of("login", "consent");
  static final Set<String> TYPES = Set.of("public", "private");

  private ServiceProviderMapping() {}

  /**
   * Brings the row up to date with the registration.
   *
   * @param seal seals a secret fc must recover (HS256 signing)
   */
  static void register(ServiceProvider sp, ServiceProviderRegistration registration, UnaryOperator<String> seal) {
    RegisteredClient client = registration.client();
    sp.register(
        client.name(),
        client.entityId(),
        client.privateSector() ? ServiceProvider.Type.PRIVATE : ServiceProvider.Type.PUBLIC,
        client.secretHash(),
        client.scopes(),
        client.redirectUris(),
        client.postLogoutRedirectUris());
    sp.signWith(
        client.idTokenSigningAlg(),
        client.userinfoSigningAlg(),
        registration.signsWithSecret() ? seal.apply(registration.clientSecret()) : null);
    sp.allowPrompts(client.allowedPrompts());
    sp.requireIdentityConsent(client.identityConsent());
    sp.filterIdps(client.idpFilter().exclude(), client.idpFilter().idpIds());
  }

  /** A new row for the registration, its fields set by {@link #register} next. */
  static ServiceProvider newRow(ServiceProviderRegistration registration) {
    RegisteredClient client = registration.client();
    return new ServiceProvider(client.clientId(), client.name(), client.entityId(), ServiceProvider.Type.PUBLIC);
  }

  /**
   * The snapshot of a row.
   *
   * @param open opens a sealed secret
   */
  static RegisteredClient snapshot(ServiceProvider sp, UnaryOperator<String> open) {
    return RegisteredClient.builder(sp.getClientId())
        .name(sp.getName())
        .entityId(sp.getEntityId())
        .redirectUris(sp.getRedirectUris())
        .postLogoutRedirectUris(sp.getPostLogoutRedirectUris())
        .scopes(sp.getScopes())
        .secretHash(sp.getClientSecretHash())
        .signing(
            sp.getIdTokenSigningAlg(),
            sp.getUserinfoSigningAlg(),
            sp.getClientSecretSealed() == null ? null : open.apply(sp.getClientSecretSealed()))
        .allowedPrompts(sp.getAllowedPrompts())
        .privateSector(sp.getType() == ServiceProvider.Type.PRIVATE)
        .identityConsent(sp.isIdentityConsent())
        .idpFilter(new IdpFilter(sp.isIdpFilterExclude(), sp.getIdpFilterList()))
        .build();
  }

  /** Reads one entry of the import file's "serviceProviders" list. */
  static ServiceProviderRegistration fromJson(Map<String, Object> json) {
    String secret = RegistryFile.required(json, "clientSecret");
    String idTokenAlg = SigningAlgorithms.read(json, "idTokenSigningAlg");
    String userinfoAlg = SigningAlgorithms.read(json, "userinfoSigningAlg");
    boolean signsWithSecret = SigningAlgorithms.HS256.equals(idTokenAlg) || SigningAlgorithms.HS256.equals(userinfoAlg);
    RegisteredClient client =
        RegisteredClient.builder(RegistryFile.required(json, "clientId"))
            .name(RegistryFile.required(json, "name"))
            .entityId(RegistryFile.required(json, "entityId"))
            .privateSector("private".equals(type(json)))
            .secretHash(ClientSecrets.hash(secret))
            .scopes(RegistryFile.strings(json, "scopes"))
            .redirectUris(RegistryFile.strings(json, "redirectUris"))
            .postLogoutRedirectUris(RegistryFile.strings(json, "postLogoutRedirectUris"))
            .signing(idTokenAlg, userinfoAlg, signsWithSecret ? secret : null)
            .allowedPrompts(prompts(json))
            .identityConsent(flag(json, "identityConsent", false))
            .idpFilter(new IdpFilter(flag(json, "idpFilterExclude", true), RegistryFile.strings(json, "idpFilterList")))
            .build();
    return new ServiceProviderRegistration(client, secret);
  }

  private static String type(Map<String, Object> json) {
    Object type = json.getOrDefault("type", "public");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("type must be one of " + TYPES);
    }
    return (String) type;
  }

  private static boolean flag(Map<String, Object> json, String name, boolean byDefault) {
    Object value = json.getOrDefault(name, byDefault);
    if (!(value instanceof Boolean flag)) {
      throw new IllegalArgumentException(name + " must be true or false");
    }
    return flag;
  }

  private static Set<String> prompts(Map<String, Object> json) {
    Set<String> prompts = RegistryFile.strings(json, "allowedPrompts");
    if (!PROMPTS.containsAll(prompts)) {
      throw new IllegalArgumentException("allowedPrompts may only hold " + PROMPTS);
    }
    return prompts;
  }
}
