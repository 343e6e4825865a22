package fr.fc.oidc;

import fr.fc.data.Scopes;
import fr.fc.registry.RegisteredClient;
import fr.fc.shared.config.Platform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.error.FcException.TrustedReturn;
import fr.fc.shared.request.RequestParameters;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * The rules of the authorization request (contract section 1.2), in the contract's order: client
 * and redirect URI first (their errors show fc's error page), then everything else (errors go back
 * to the SP once its redirect URI is trusted, except those the contract shows as a page).
 */
public final class AuthorizationRequestValidator {

  static final int MIN_NONCE_LENGTH = 22;

  /**
   * The longest value fc takes for each parameter, in characters: ample for any SP (a state or a
   * nonce is a random value or a short reference), small enough that fc never stores, logs nor
   * echoes bulk. Parameters fc does not use may be {@link #OTHER_MAX_LENGTH} long.
   */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("client_id", 256),
          Map.entry("redirect_uri", 2048),
          Map.entry("response_type", 64),
          Map.entry("scope", 1024),
          Map.entry("state", 512),
          Map.entry("nonce", 512),
          Map.entry("acr_values", 256),
          Map.entry("prompt", 64),
          Map.entry("claims", 2048),
          Map.entry("idp_hint", 256),
          Map.entry("ui_locales", 256),
          Map.entry("max_age", 16),
          Map.entry("code_challenge", 128),
          Map.entry("code_challenge_method", 16),
          Map.entry("request", 16384),
          Map.entry("request_uri", 2048));

  static final int OTHER_MAX_LENGTH = 2048;
  static final Set<String> KNOWN_ACRS = Set.of("eidas1", "eidas2", "eidas3");
  static final Set<String> PROMPTS = Set.of("login", "consent");
  private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Pattern MAX_AGE = Pattern.compile("[0-9]{1,9}");
  private static final String REQUIRED = "is required";
  private static final Map<Platform, Set<String>> KNOWN_SCOPES =
      Arrays.stream(Platform.values()).collect(Collectors.toMap(p -> p, p -> Set.copyOf(Scopes.of(p))));

  private final Function<String, Optional<RegisteredClient>> clients;
  private final BiPredicate<String, String> offeredIdps;
  private final String issuer;

  /**
   * @param clients the active SPs by client_id
   * @param offeredIdps whether fc offers the IdP of this id at this acr (an idp_hint must name one)
   * @param issuer fc's issuer, the audience of request objects
   */
  public AuthorizationRequestValidator(
      Function<String, Optional<RegisteredClient>> clients, BiPredicate<String, String> offeredIdps, String issuer) {
    this.clients = clients;
    this.offeredIdps = offeredIdps;
    this.issuer = issuer;
  }

  /**
   * @param parameters the request's parameters, query or form, each given once
   * @throws FcException the first rule broken, with the SP's redirect URI once it is trusted
   */
  public AuthorizationRequest validate(RequestParameters parameters) {
    return validate(parameters, Platform.V2);
  }

  /**
   * The same on the given platform: v1 takes only an SP whose ID tokens are keyed with its secret,
   * has acr_values optional, ignores what v2 added (prompt, PKCE, claims, idp_hint, max_age) and
   * names no issuer in the redirect back.
   */
  public AuthorizationRequest validate(RequestParameters parameters, Platform platform) {
    RegisteredClient client = client(withinLimits(parameters).get("client_id"), platform);
    boolean v1 = platform == Platform.V1;
    RequestParameters in = withinLimits(byValue(client, parameters));
    String redirectUri = redirectUri(client, in.get("redirect_uri"));
    TrustedReturn back = new TrustedReturn(redirectUri, in.get("state"), !v1);
    responseType(in.get("response_type"), back);
    List<String> scopes = scopes(client, in.get("scope"), platform, back);
    String state = in.get("state");
    if (state == null) {
      throw new FcException(FcError.STATE_MISSING, new TrustedReturn(redirectUri, null, !v1));
    }
    String nonce = nonce(in.get("nonce"));
    String acr = allowedFor(client, acrOf(in.get("acr_values"), platform, back), back);
    if (v1) {
      return new AuthorizationRequest(
          client.clientId(), redirectUri, scopes, state, nonce, acr, List.of(), null, false, null, null, null, platform);
    }
    return new AuthorizationRequest(
        client.clientId(),
        redirectUri,
        scopes,
        state,
        nonce,
        acr,
        prompt(in.raw("prompt")),
        codeChallenge(in.get("code_challenge"), in.get("code_challenge_method"), back),
        amrRequested(client, in.get("claims"), back),
        idpHint(client, in.get("idp_hint"), acr, back),
        in.get("ui_locales"),
        maxAge(in.get("max_age")),
        platform);
  }

  /** Checked before anything is read, so that no oversized value is stored, logged or sent back. */
  private static RequestParameters withinLimits(RequestParameters parameters) {
    parameters.asMap().forEach(AuthorizationRequestValidator::withinLimit);
    return parameters;
  }

  private static void withinLimit(String name, String value) {
    Integer known = MAX_LENGTHS.get(name);
    int max = known == null ? OTHER_MAX_LENGTH : known;
    if (value != null && value.length() > max) {
      throw invalid(known == null ? "each other parameter" : name, "must be at most " + max + " characters");
    }
  }

  /**
   * The SP, on this platform: as on the contract's separate deployments, an SP of another platform
   * is unknown here; v1 also needs the secret that keys its ID tokens.
   */
  private RegisteredClient client(String clientId, Platform platform) {
    if (clientId == null) {
      throw invalid("client_id", REQUIRED);
    }
    RegisteredClient client = clients.apply(clientId).orElseThrow(() -> new FcException(FcError.CLIENT_UNKNOWN));
    if (platform == Platform.V1 && (client.signingSecret() == null || !client.servesOn(platform))) {
      throw new FcException(FcError.CLIENT_NOT_ON_V1);
    }
    if (client.servesOn(platform)) {
      return client;
    }
    throw new FcException(FcError.CLIENT_UNKNOWN);
  }

  /** The parameters with those of a request object (OIDC Core 6.1); request_uri is not supported. */
  private RequestParameters byValue(RegisteredClient client, RequestParameters query) {
    if (query.get("request_uri") != null) {
      throw new FcException(FcError.REQUEST_URI_NOT_SUPPORTED, queryReturn(client, query));
    }
    if (query.get("request") == null) {
      return query;
    }
    try {
      return RequestParameters.of(RequestObject.merge(query.asMap(), client, issuer));
    } catch (RequestObject.InvalidException e) {
      throw new FcException(FcError.REQUEST_OBJECT_INVALID, queryReturn(client, query), e.getMessage());
    }
  }

  /** Where a broken request object's error goes: the query's redirect URI if registered, else fc's page. */
  private static TrustedReturn queryReturn(RegisteredClient client, RequestParameters query) {
    String redirectUri = query.get("redirect_uri");
    if (redirectUri == null || !client.hasRedirectUri(redirectUri)) {
      return null;
    }
    return new TrustedReturn(redirectUri, query.get("state"));
  }

  private static String redirectUri(RegisteredClient client, String redirectUri) {
    if (redirectUri == null) {
      throw invalid("redirect_uri", REQUIRED);
    }
    if (!isAbsoluteUrl(redirectUri)) {
      throw invalid("redirect_uri", "must be an absolute URL without fragment");
    }
    if (!client.hasRedirectUri(redirectUri)) {
      throw new FcException(FcError.REDIRECT_URI_UNREGISTERED);
    }
    return redirectUri;
  }

  private static void responseType(String responseType, TrustedReturn back) {
    if (responseType == null) {
      throw new FcException(FcError.RESPONSE_TYPE_MISSING, back);
    }
    if (!"code".equals(responseType)) {
      // Contract 1.2: a response type that asks for a token (hybrid, implicit) gets its answer in the fragment.
      boolean asksForAToken = words(responseType).stream().anyMatch(type -> type.equals("token") || type.equals("id_token"));
      throw new FcException(FcError.RESPONSE_TYPE_UNSUPPORTED, asksForAToken ? back.toFragment() : back);
    }
  }

  private static List<String> scopes(RegisteredClient client, String scope, Platform platform, TrustedReturn back) {
    List<String> requested = scope == null ? List.of() : words(scope);
    if (!requested.contains("openid")) {
      throw new FcException(FcError.OPENID_SCOPE_MISSING, back);
    }
    Set<String> platformScopes = KNOWN_SCOPES.get(platform);
    List<String> known = requested.stream().filter(platformScopes::contains).distinct().toList();
    if (!known.stream().allMatch(s -> "openid".equals(s) || client.isEntitledTo(s))) {
      throw new FcException(FcError.SCOPE_NOT_ALLOWED, back);
    }
    return known;
  }

  private static String nonce(String nonce) {
    if (nonce == null) {
      throw invalid("nonce", REQUIRED);
    }
    if (nonce.length() < MIN_NONCE_LENGTH) {
      throw invalid("nonce", "must be at least " + MIN_NONCE_LENGTH + " characters");
    }
    return nonce;
  }

  // Unknown values are dropped and the default applies; a higher level is not this platform's.
  private static String acr(String acrValues, TrustedReturn back) {
    if (acrValues == null) {
      throw invalid("acr_values", REQUIRED);
    }
    List<String> known = words(acrValues).stream().filter(KNOWN_ACRS::contains).toList();
    if (known.isEmpty() || known.contains(ProviderMetadata.ACR_EIDAS1)) {
      return ProviderMetadata.ACR_EIDAS1;
    }
    throw new FcException(FcError.ACR_NOT_SUPPORTED, back, ProviderMetadata.ACR_EIDAS1, String.join(" ", known));
  }

  private static String acrOf(String acrValues, Platform platform, TrustedReturn back) {
    return switch (platform) {
      case PLUS -> plusAcr(acrValues);
      case V2 -> acr(acrValues, back);
      case V1 -> acr(acrValues == null ? ProviderMetadata.ACR_EIDAS1 : acrValues, back);
    };
  }

  /**
   * FranceConnect+ (contract 1.2): acr_values required; values not of this platform dropped; the
   * lowest of those left counts; none left, eidas3.
   */
  private static String plusAcr(String acrValues) {
    if (acrValues == null) {
      throw invalid("acr_values", REQUIRED);
    }
    List<String> levels = Platform.PLUS.acrs();
    return words(acrValues).stream()
        .filter(levels::contains)
        .min(Comparator.comparingInt(levels::indexOf))
        .orElse(levels.get(levels.size() - 1));
  }

  /** The registry may keep an SP to some levels of its platform (contract 1.2: invalid_acr beyond them). */
  private static String allowedFor(RegisteredClient client, String acr, TrustedReturn back) {
    if (!client.acrs().isEmpty() && !client.acrs().contains(acr)) {
      throw new FcException(FcError.ACR_NOT_SUPPORTED, back, String.join(" ", new TreeSet<>(client.acrs())), acr);
    }
    return acr;
  }

  private static List<String> prompt(Optional<String> prompt) {
    if (prompt.isEmpty()) {
      return List.of();
    }
    List<String> values = words(prompt.get());
    if (values.isEmpty() || !PROMPTS.containsAll(values)) {
      throw invalid("prompt", "must be login, consent or both");
    }
    return values;
  }

  private static String codeChallenge(String challenge, String method, TrustedReturn back) {
    if (challenge == null && method == null) {
      return null;
    }
    if (challenge == null || !"S256".equals(method) || !S256_CHALLENGE.matcher(challenge).matches()) {
      throw new FcException(FcError.PKCE_INVALID, back);
    }
    return challenge;
  }

  private static boolean amrRequested(RegisteredClient client, String claims, TrustedReturn back) {
    if (claims == null) {
      return false;
    }
    try {
      Object idToken = JsonUtil.parseJson(claims).get("id_token");
      boolean amr = idToken instanceof Map<?, ?> members && members.containsKey("amr");
      if (amr && !client.isEntitledTo("amr")) {
        throw new FcException(FcError.AMR_NOT_ALLOWED, back);
      }
      return amr;
    } catch (JoseException | ClassCastException e) {
      throw invalid("claims", "must be a JSON object");
    }
  }

  // The hint must name an IdP fc offers and this SP allows (contract 1.2: global or per-SP list).
  private String idpHint(RegisteredClient client, String idpHint, String acr, TrustedReturn back) {
    if (idpHint != null && !(offeredIdps.test(idpHint, acr) && client.idpFilter().allows(idpHint))) {
      throw new FcException(FcError.IDP_HINT_NOT_ALLOWED, back);
    }
    return idpHint;
  }

  private static Long maxAge(String maxAge) {
    if (maxAge == null) {
      return null;
    }
    if (!MAX_AGE.matcher(maxAge).matches()) {
      throw invalid("max_age", "must be a number of seconds");
    }
    return Long.valueOf(maxAge);
  }

  /** Y030007, naming the parameter and what is wrong with it: the SP's developer reads it on the page. */
  private static FcException invalid(String parameter, String reason) {
    return new FcException(FcError.AUTHORIZE_PARAMETER_INVALID, parameter, reason);
  }

  private static boolean isAbsoluteUrl(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute() && uri.getHost() != null && uri.getFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static List<String> words(String value) {
    return new ArrayList<>(Arrays.stream(value.trim().split(" +")).filter(w -> !w.isEmpty()).toList());
  }
}
