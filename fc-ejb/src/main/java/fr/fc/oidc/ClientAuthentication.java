package fr.fc.oidc;

import fr.fc.audit.AuditScope;
import fr.fc.shared.request.RequestParameters;
import fr.fc.registry.RegisteredClient;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Authenticates the SP calling the token endpoint by its client secret, sent exactly one way:
 * client_secret_post (in the form) or client_secret_basic (RFC 6749 section 2.3.1).
 */
public final class ClientAuthentication {

  private static final String BASIC = "basic ";

  private final Function<String, Optional<RegisteredClient>> clients;

  public ClientAuthentication(Function<String, Optional<RegisteredClient>> clients) {
    this.clients = clients;
  }

  /**
   * @param form the token request's form parameters
   * @param authorization the Authorization header, or null
   * @throws FcException invalid_client (401) unless one method authenticates a registered client
   */
  public RegisteredClient authenticate(RequestParameters form, String authorization) {
    Credentials credentials = credentials(form, authorization);
    RegisteredClient client =
        clients
            .apply(credentials.clientId())
            .filter(registered -> registered.acceptsSecret(credentials.secret(), Instant.now()))
            .orElseThrow(ClientAuthentication::failed);
    AuditScope.authenticated(client.clientId());
    return client;
  }

  /**
   * The client a token request names, before any check: the Basic header's, else the form's; null
   * when it names none. For counting its requests, never for trusting it.
   */
  public static String claimedClientId(String formClientId, String authorization) {
    if (authorization == null) {
      return formClientId;
    }
    try {
      return basic(authorization).clientId();
    } catch (FcException malformed) {
      return formClientId;
    }
  }

  private static Credentials credentials(RequestParameters form, String authorization) {
    String formId = form.get("client_id");
    String formSecret = form.get("client_secret");
    if (authorization == null) {
      if (formId == null || formSecret == null) {
        throw new FcException(FcError.CLIENT_AUTHENTICATION_INVALID);
      }
      return new Credentials(formId, formSecret);
    }
    Credentials basic = basic(authorization);
    if (formSecret != null || (formId != null && !formId.equals(basic.clientId()))) {
      throw new FcException(FcError.CLIENT_AUTHENTICATION_INVALID);
    }
    return basic;
  }

  private static Credentials basic(String authorization) {
    if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      throw failed();
    }
    try {
      byte[] decoded = Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim());
      String pair = new String(decoded, StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon <= 0 || colon == pair.length() - 1) {
        throw failed();
      }
      return new Credentials(formDecoded(pair.substring(0, colon)), formDecoded(pair.substring(colon + 1)));
    } catch (IllegalArgumentException malformed) {
      throw failed();
    }
  }

  private static String formDecoded(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static FcException failed() {
    return new FcException(FcError.CLIENT_AUTHENTICATION_FAILED);
  }

  private record Credentials(String clientId, String secret) {}
}
