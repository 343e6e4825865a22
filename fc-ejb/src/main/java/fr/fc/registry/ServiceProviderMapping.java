package fr.fc.registry;

import fr.fc.registry.model.ServiceProvider;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

  private ServiceProviderMapping() {}

  /**
   * Brings the row up to date with the registration.
   *
   * @param seal seals a secret fc must recover (HS256 signing)
   */
  static void register(ServiceProvider sp, ServiceProviderRegistration registration, UnaryOperator<String> seal) {
    sp.register(
        registration.name(),
        registration.entityId(),
        ServiceProvider.Type.valueOf(registration.type().toUpperCase(Locale.ROOT)),
        ClientSecrets.hash(registration.clientSecret()),
        registration.scopes(),
        registration.redirectUris(),
        registration.postLogoutRedirectUris());
    sp.signWith(
        registration.idTokenSigningAlg(),
        registration.userinfoSigningAlg(),
        registration.signsWithSecret() ? seal.apply(registration.clientSecret()) : null);
    sp.allowPrompts(registration.allowedPrompts());
    sp.requireIdentityConsent(registration.identityConsent());
    sp.filterIdps(registration.idpFilter().exclude(), registration.idpFilter().idpIds());
  }

  /** A new row for the registration, its fields set by {@link #register} next. */
  static ServiceProvider newRow(ServiceProviderRegistration registration) {
    return new ServiceProvider(
        registration.clientId(), registration.name(), registration.entityId(), ServiceProvider.Type.PUBLIC);
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
    return new ServiceProviderRegistration(
        RegistryFile.required(json, "clientId"),
        RegistryFile.required(json, "name"),
        RegistryFile.required(json, "entityId"),
        type(json),
        RegistryFile.required(json, "clientSecret"),
        strings(json, "scopes"),
        strings(json, "redirectUris"),
        strings(json, "postLogoutRedirectUris"),
        SigningAlgorithms.read(json, "idTokenSigningAlg"),
        SigningAlgorithms.read(json, "userinfoSigningAlg"),
        prompts(json),
        flag(json, "identityConsent", false),
        new IdpFilter(flag(json, "idpFilterExclude", true), strings(json, "idpFilterList")));
  }

  private static String type(Map<String, Object> json) {
    Object type = json.getOrDefault("type", "public");
    if (!ServiceProviderRegistration.TYPES.contains(type)) {
      throw new IllegalArgumentException("type must be one of " + ServiceProviderRegistration.TYPES);
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
    Set<String> prompts = strings(json, "allowedPrompts");
    if (!ServiceProviderRegistration.PROMPTS.containsAll(prompts)) {
      throw new IllegalArgumentException("allowedPrompts may only hold " + ServiceProviderRegistration.PROMPTS);
    }
    return prompts;
  }

  private static Set<String> strings(Map<String, Object> json, String name) {
    Object value = json.getOrDefault(name, List.of());
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(name + " must be a list");
    }
    Set<String> strings = new LinkedHashSet<>();
    list.forEach(item -> strings.add(String.valueOf(item)));
    return strings;
  }
}
