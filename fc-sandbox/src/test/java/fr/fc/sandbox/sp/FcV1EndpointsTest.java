package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FcV1EndpointsTest {

  @Test
  void theV1EndpointsAreUnderFcsBaseUrlAndTheIssuerStays() {
    ProviderMetadata v1 = FcV1Endpoints.of("http://localhost:7000/api/v2");

    assertEquals("http://localhost:7000/api/v2", v1.issuer());
    assertEquals(URI.create("http://localhost:7000/api/v1/authorize"), v1.authorizationEndpoint());
    assertEquals(URI.create("http://localhost:7000/api/v1/token"), v1.tokenEndpoint());
    assertEquals(URI.create("http://localhost:7000/api/v1/userinfo"), v1.userinfoEndpoint());
    assertEquals(URI.create("http://localhost:7000/api/v1/logout"), v1.endSessionEndpoint());
    assertNull(v1.jwksUri(), "v1 has no JWKS: its ID tokens are keyed with the client secret");
  }

  @Test
  void aTrailingSlashOfTheSettingIsNoPartOfTheIssuer() {
    ProviderMetadata v1 = FcV1Endpoints.of("https://fc.example/api/v2/");

    assertEquals("https://fc.example/api/v2", v1.issuer());
    assertEquals(URI.create("https://fc.example/api/v1/token"), v1.tokenEndpoint());
  }

  @Test
  void fcsBaseUrlKeepsThePathFcIsDeployedUnder() {
    assertEquals(
        "https://gouv.example/fc", FcV1Endpoints.baseUrlOf("https://gouv.example/fc/api/v2"));
  }

  @Test
  void anIssuerOfAnotherShapeGivesItsOrigin() {
    assertEquals(
        "https://fc.example:8443", FcV1Endpoints.baseUrlOf("https://fc.example:8443/oidc"));
  }
}
