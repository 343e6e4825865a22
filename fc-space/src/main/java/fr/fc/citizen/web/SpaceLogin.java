package fr.fc.citizen.web;

import fr.fc.citizen.CitizenSpace;
import fr.fc.citizen.SpaceClient;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.lang.JoseException;

/**
 * The space as fc's service provider: begins a login (authorize URL), completes it (token,
 * ID token checks, userinfo) into the citizen the session keeps, and ends it at fc.
 */
@ApplicationScoped
public class SpaceLogin {

  private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  @EJB private CitizenSpace space;
  @Inject private FcHttp http;

  private final SecureRandom random = new SecureRandom();
  private final Clock clock = Clock.systemUTC();
  private volatile IssuerKeys keys;

  /** A login begun: what the session keeps, and where the browser goes. */
  public record Begun(LoginAttempt attempt, String authorizeUrl) {}

  private record IssuerKeys(String issuer, FcKeys keys) {}

  private record Tokens(String accessToken, String idToken) {}

  public Begun begin() throws LoginFailedException {
    SpaceClient client = client();
    LoginAttempt attempt = LoginAttempt.start(random);
    return new Begun(attempt, FcUrls.authorize(client, attempt));
  }

  /** Exchanges the code and checks all fc says: the citizen, or why not. */
  public SpaceCitizen complete(String code, LoginAttempt attempt) throws LoginFailedException {
    SpaceClient client = client();
    Tokens tokens = token(client, code, attempt.codeVerifier());
    TokenVerifier verifier = new TokenVerifier(client.issuer(), client.clientId(), keys(client), clock);
    JwtClaims idToken = verifier.idToken(tokens.idToken(), attempt.nonce());
    String sub;
    try {
      sub = idToken.getSubject();
    } catch (MalformedClaimException e) {
      throw new LoginFailedException(LoginFailure.INVALID, "ID token refused: sub malformed");
    }
    Map<String, Object> claims = userinfo(client, tokens.accessToken(), verifier, sub);
    return new SpaceCitizen(sub, text(claims.get("given_name")), emptyAsNull(text(claims.get("email"))), tokens.idToken());
  }

  /** fc's end-session URL for this citizen (contract section 1.12), with a fresh state. */
  public String logoutUrl(SpaceCitizen citizen) throws LoginFailedException {
    return FcUrls.endSession(client(), citizen.idTokenHint(), LoginAttempt.randomValue(random));
  }

  /** The space's registration, which also names fc's issuer. */
  public SpaceClient client() throws LoginFailedException {
    try {
      return space.client();
    } catch (EJBException e) {
      throw new LoginFailedException(LoginFailure.UNAVAILABLE, "The space's registration cannot be read: " + e.getClass().getSimpleName(), e);
    }
  }

  /** The token request (RFC 6749 4.1.3 with client_secret_post, RFC 7636 4.5). */
  private Tokens token(SpaceClient client, String code, String codeVerifier) throws LoginFailedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", client.redirectUri());
    form.put("client_id", client.clientId());
    form.put("client_secret", client.clientSecret());
    form.put("code_verifier", codeVerifier);
    FcHttp.Answer answer = http.postForm(FcUrls.endpoint(client, "token"), form);
    if (answer.status() != 200) {
      throw new LoginFailedException(LoginFailure.UNAVAILABLE, "token endpoint answered " + answer.status() + " " + errorCode(answer));
    }
    Map<String, Object> json = json(answer.body(), "token");
    Object type = json.get("token_type");
    String accessToken = text(json.get("access_token"));
    String idToken = text(json.get("id_token"));
    if (accessToken.isEmpty() || idToken.isEmpty() || (type != null && !"bearer".equalsIgnoreCase(type.toString()))) {
      throw new LoginFailedException(LoginFailure.INVALID, "token answer without a bearer access token or an ID token");
    }
    return new Tokens(accessToken, idToken);
  }

  /**
   * The userinfo claims (OIDC Core 5.3): JSON, or a JWT checked as the ID token is; its sub must be
   * the ID token's (5.3.2).
   */
  private Map<String, Object> userinfo(SpaceClient client, String accessToken, TokenVerifier verifier, String sub)
      throws LoginFailedException {
    FcHttp.Answer answer = http.get(FcUrls.endpoint(client, "userinfo"), "application/json, application/jwt", accessToken);
    if (answer.status() != 200) {
      throw new LoginFailedException(LoginFailure.UNAVAILABLE, "userinfo endpoint answered " + answer.status() + " " + errorCode(answer));
    }
    String body = answer.body().trim();
    if (answer.contentType().toLowerCase(Locale.ROOT).startsWith("application/json") || body.startsWith("{")) {
      Map<String, Object> claims = json(body, "userinfo");
      if (!sub.equals(claims.get("sub"))) {
        throw new LoginFailedException(LoginFailure.INVALID, "userinfo refused: sub");
      }
      return claims;
    }
    return verifier.userinfo(body, sub).getClaimsMap();
  }

  private FcKeys keys(SpaceClient client) {
    IssuerKeys current = keys;
    if (current == null || !current.issuer().equals(client.issuer())) {
      String jwks = FcUrls.endpoint(client, "jwks");
      current = new IssuerKeys(client.issuer(), new FcKeys(() -> jwks(jwks), clock));
      keys = current;
    }
    return current.keys();
  }

  private String jwks(String url) throws LoginFailedException {
    FcHttp.Answer answer = http.get(url, "application/json, application/jwk-set+json", null);
    if (answer.status() != 200) {
      throw new LoginFailedException(LoginFailure.UNAVAILABLE, "jwks endpoint answered " + answer.status());
    }
    return answer.body();
  }

  private static Map<String, Object> json(String body, String endpoint) throws LoginFailedException {
    try {
      Map<String, Object> json = JsonUtil.parseJson(body);
      if (json == null) {
        throw new JoseException("not an object");
      }
      return json;
    } catch (JoseException | ClassCastException e) {
      throw new LoginFailedException(LoginFailure.UNAVAILABLE, endpoint + " answer is not a JSON object");
    }
  }

  /** The OAuth error code of an error answer, when it is one and looks like one: never its body. */
  private static String errorCode(FcHttp.Answer answer) {
    try {
      Object error = JsonUtil.parseJson(answer.body()).get("error");
      return error != null && ERROR_CODE.matcher(error.toString()).matches() ? error.toString() : "";
    } catch (JoseException | RuntimeException e) {
      return "";
    }
  }

  private static String text(Object value) {
    return value instanceof String text ? text : "";
  }

  private static String emptyAsNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
