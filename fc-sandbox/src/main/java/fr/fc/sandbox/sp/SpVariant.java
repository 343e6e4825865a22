package fr.fc.sandbox.sp;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The demo SP's registrations in fc (server-config/sandbox/registry.json): one client each, all
 * with the redirect URI /sp/callback. A login names its variant ({@code /sp/login?variant=...});
 * the SP keeps it with the login attempt and with the ID token, so that the callback and the
 * logout use that client's credentials and fc's API version. Each client's settings are
 * {@code fc.sandbox.sp.[prefix]client-id}, {@code client-secret} and {@code scope}
 * (microprofile-config.properties).
 */
public enum SpVariant {
  /** sandbox-demo-sp: fc's API v2; also the SP of the tax data login. */
  DEMO("demo", FcApi.V2, "", null),
  /** sandbox-legacy-sp: an SP written for FranceConnect v1, its ID tokens HS256 with its secret. */
  LEGACY("v1", FcApi.V1, "v1.", null),
  /** sandbox-plus-sp: FranceConnect+ (eidas2, eidas3), fc's answers encrypted to the SP's key. */
  PLUS("plus", FcApi.PLUS, "plus.", null),
  /** sandbox-private-sp: a private SP with identityConsent: fc asks the citizen to consent. */
  PRIVATE("private", FcApi.V2, "private.", null),
  /**
   * sandbox-prompt-sp: whitelisted for prompt=login, which it sends; fc gives its code right after
   * the login, without its information page.
   */
  PROMPT("prompt", FcApi.V2, "prompt.", "login"),
  /** sandbox-filtered-sp: its registration excludes the Ameli demo IdP (idpFilterExclude). */
  FILTERED("filtered", FcApi.V2, "filtered.", null);

  /** The query parameter of {@code /sp/login} that names the variant. */
  public static final String PARAMETER = "variant";

  private static final String SETTINGS = "fc.sandbox.sp.";

  private final String parameter;
  private final FcApi api;
  private final String settingsPrefix;
  private final String prompt;

  SpVariant(String parameter, FcApi api, String settingsPrefix, String prompt) {
    this.parameter = parameter;
    this.api = api;
    this.settingsPrefix = settingsPrefix;
    this.prompt = prompt;
  }

  /** Its value of the login's {@code variant} parameter. */
  public String parameter() {
    return parameter;
  }

  /** The setting that holds its client_id. */
  public String clientIdSetting() {
    return SETTINGS + settingsPrefix + "client-id";
  }

  /** The version of fc's API its logins go through. */
  FcApi api() {
    return api;
  }

  /** The prompt its authorization requests carry, or null. */
  String prompt() {
    return prompt;
  }

  /**
   * Its registration, from the settings: client id, secret and scope; only the standard SP has a
   * tax data scope of its own, the others ask for their scope whatever the purpose.
   */
  SpRegistration registration(Function<String, String> settings, String baseUrl) {
    String prefix = SETTINGS + settingsPrefix;
    String scope = settings.apply(prefix + "scope");
    String taxDataScope = this == DEMO ? settings.apply(prefix + "tax-data-scope") : scope;
    return new SpRegistration(
        settings.apply(prefix + "client-id"), settings.apply(prefix + "client-secret"), scope, taxDataScope, baseUrl);
  }

  /**
   * The variant a login asks for: the one {@code variant} names, else the SP's registration for
   * the version of fc's API {@code api} names (v2: the standard SP). Fails with VARIANT when the
   * variant is unknown or goes through another version than {@code api} names.
   */
  static SpVariant chosen(String variant, String api) {
    if (variant == null || variant.isEmpty()) {
      return of(FcApi.named(api));
    }
    SpVariant chosen =
        Arrays.stream(values())
            .filter(candidate -> candidate.parameter.equals(variant))
            .findFirst()
            .orElseThrow(() -> new SpException(SpFailure.VARIANT, "the variant parameter names no registration of the SP"));
    if (api != null && !api.isEmpty() && FcApi.named(api) != chosen.api) {
      throw new SpException(SpFailure.VARIANT, "the variant and api parameters name different versions of fc's API");
    }
    return chosen;
  }

  /** The SP's usual registration for a version of fc's API. */
  static SpVariant of(FcApi api) {
    return switch (api) {
      case V1 -> LEGACY;
      case V2 -> DEMO;
      case PLUS -> PLUS;
    };
  }
}
