package fr.fc.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssuerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://fc.example.gouv.fr/api/v2",
        "http://localhost:7000/api/v2",
        "http://127.0.0.1:7000/api/v2",
        "http://[::1]:7000/api/v2"
      })
  void acceptsHttpsAndLoopbackHttp(String url) {
    assertEquals(url + "/token", Issuer.parse(url).endpoint("token"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://fc.example.gouv.fr/api/v2",
        "ftp://localhost/api/v2",
        "/api/v2",
        "https://fc.example.gouv.fr/api/v2?x=1",
        "https://fc.example.gouv.fr/api/v2#f",
        "not a url"
      })
  void refusesWhatCannotBeAnIssuer(String url) {
    assertThrows(IllegalArgumentException.class, () -> Issuer.parse(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://fc.example.gouv.fr/api/v2/"})
  void dropsATrailingSlash(String url) {
    assertEquals("https://fc.example.gouv.fr/api/v2", Issuer.parse(url).url());
  }

  @Test
  void isHttpsAnywhereButOnALoopbackHost() {
    assertTrue(Issuer.parse("https://fc.example.gouv.fr/api/v2").isHttps());
    assertFalse(Issuer.parse("http://localhost:7000/api/v2").isHttps());
  }
}
