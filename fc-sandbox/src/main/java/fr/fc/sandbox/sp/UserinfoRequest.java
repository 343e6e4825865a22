package fr.fc.sandbox.sp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the citizen's claims at fc's userinfo endpoint with the access token (contract section
 * 1.5): a JWT signed like the ID token (application/jwt), or plain JSON (application/json).
 */
@ApplicationScoped
class UserinfoRequest {

  @Inject FcHttp http;

  Map<String, Object> claims(ProviderMetadata fc, String accessToken, FcJwtCheck check) {
    HttpResponse<String> response =
        http.send(
            FcHttp.request(fc.userinfoEndpoint())
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/jwt, application/json")
                .GET()
                .build(),
            SpFailure.USERINFO);
    return read(contentType(response), response.body(), check);
  }

  /** The claims of a userinfo answer of the given media type. */
  static Map<String, Object> read(String mediaType, String body, FcJwtCheck check) {
    return switch (mediaType) {
      case "application/jwt" -> check.userinfo(body.trim()).getClaimsMap();
      case "application/json" -> JsonDocument.parse("userinfo", body, SpFailure.USERINFO).fields();
      default ->
          throw new SpException(
              SpFailure.USERINFO, "the userinfo answer has the unexpected type " + mediaType);
    };
  }

  private static String contentType(HttpResponse<String> response) {
    String value = response.headers().firstValue("Content-Type").orElse("none");
    return value.split(";")[0].trim().toLowerCase(Locale.ROOT);
  }
}
