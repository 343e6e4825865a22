package fr.fc.sandbox.sp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the citizen's claims at fc's userinfo endpoint with the access token (contract section
 * 1.5): on v2 a JWT signed like the ID token (application/jwt) or plain JSON (application/json), on
 * v1 plain JSON only.
 */
@ApplicationScoped
class UserinfoRequest {

  @Inject FcHttp http;

  Map<String, Object> claims(FcApiAccess fc, String accessToken) {
    HttpResponse<String> response =
        http.send(
            FcHttp.request(fc.endpoints().userinfoEndpoint())
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", String.join(", ", fc.api().userinfoTypes()))
                .GET()
                .build(),
            SpFailure.USERINFO);
    return read(fc.api(), contentType(response), response.body(), fc.check());
  }

  /** The claims of a userinfo answer of the given media type from this version of fc's API. */
  static Map<String, Object> read(FcApi api, String mediaType, String body, FcJwtCheck check) {
    if (!api.userinfoTypes().contains(mediaType)) {
      throw new SpException(
          SpFailure.USERINFO, "the userinfo answer has the unexpected type " + mediaType);
    }
    return switch (mediaType) {
      case "application/jwt" -> check.userinfo(body.trim()).getClaimsMap();
      default -> JsonDocument.parse("userinfo", body, SpFailure.USERINFO).fields();
    };
  }

  private static String contentType(HttpResponse<String> response) {
    String value = response.headers().firstValue("Content-Type").orElse("none");
    return value.split(";")[0].trim().toLowerCase(Locale.ROOT);
  }
}
