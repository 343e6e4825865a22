package fr.fc.sandbox.sp;

import java.util.List;

/**
 * The version of fc's API a login goes through (contract section 1.1). The SP remembers it with the
 * login attempt and with the logged-in citizen's ID token, so that the callback and the logout use
 * that version's endpoints and checks.
 */
enum FcApi {
  /**
   * The legacy API under /api/v1, for SPs written for FranceConnect v1: no discovery document, no
   * PKCE, an ID token signed HS256 with the SP's client secret, userinfo as plain JSON.
   */
  V1("v1", false, List.of("application/json")),
  /**
   * The API under /api/v2, found through fc's discovery document: PKCE, ID token and userinfo
   * signed with fc's published keys (userinfo may also be plain JSON).
   */
  V2("v2", true, List.of("application/jwt", "application/json")),
  /**
   * FranceConnect+ (eIDAS substantial or high), under its own issuer, found through its discovery
   * document: PKCE, ID token and userinfo signed ES256 by fc and encrypted to the SP's own key.
   */
  PLUS("plus", true, List.of("application/jwt"), List.of("eidas2", "eidas3"));

  private final String parameter;
  private final boolean usesPkce;
  private final List<String> userinfoTypes;
  private final List<String> levels;

  FcApi(String parameter, boolean usesPkce, List<String> userinfoTypes) {
    this(parameter, usesPkce, userinfoTypes, List.of("eidas1"));
  }

  FcApi(String parameter, boolean usesPkce, List<String> userinfoTypes, List<String> levels) {
    this.parameter = parameter;
    this.usesPkce = usesPkce;
    this.userinfoTypes = userinfoTypes;
    this.levels = levels;
  }

  /**
   * The version the {@code api} parameter of the SP's login names: v2 when it names none, v1 or v2;
   * any other value fails with API_VERSION.
   */
  static FcApi named(String parameter) {
    if (parameter == null || parameter.isEmpty()) {
      return V2;
    }
    for (FcApi api : values()) {
      if (api.parameter.equals(parameter)) {
        return api;
      }
    }
    throw new SpException(SpFailure.API_VERSION, "the api parameter is neither v1, v2 nor plus");
  }

  /**
   * The level a login asks for: the one {@code acr} names among this version's, else its lowest.
   */
  String level(String acr) {
    return acr != null && levels.contains(acr) ? acr : levels.get(0);
  }

  /** The value of the login's {@code api} parameter that chooses this version. */
  String parameter() {
    return parameter;
  }

  /** Whether the login proves itself with PKCE (RFC 7636): not on v1, which predates it. */
  boolean usesPkce() {
    return usesPkce;
  }

  /** The media types of a userinfo answer the SP accepts from this version, preferred first. */
  List<String> userinfoTypes() {
    return userinfoTypes;
  }
}
