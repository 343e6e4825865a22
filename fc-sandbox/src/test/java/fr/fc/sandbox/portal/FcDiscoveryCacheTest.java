package fr.fc.sandbox.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FcDiscoveryCacheTest {

  private static final String ISSUER = "http://localhost:7000/api/v2";

  private final List<URI> fetched = new ArrayList<>();
  private Optional<String> fcAnswers = Optional.of(PortalPageTest.DISCOVERY);
  private Instant now = Instant.parse("2025-01-02T08:00:00Z");

  private final FcDiscoveryCache cache =
      new FcDiscoveryCache(
          uri -> {
            fetched.add(uri);
            return fcAnswers;
          },
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
              return this;
            }
          });

  @Test
  void readsFcsDocumentAtItsWellKnownAddressAndKeepsItAMinute() {
    assertTrue(cache.endpoints(ISSUER).discovered());
    now = now.plus(FcDiscoveryCache.KEPT).minusSeconds(1);
    fcAnswers = Optional.empty();

    assertTrue(cache.endpoints(ISSUER).discovered(), "kept");
    assertEquals(List.of(URI.create(ISSUER + "/.well-known/openid-configuration")), fetched);

    now = now.plusSeconds(1);
    assertFalse(cache.endpoints(ISSUER).discovered(), "read again, fc is down now");
    assertEquals(2, fetched.size());
  }

  @Test
  void whenFcIsDownGivesTheStandardPathsAndTriesAgainSoon() {
    fcAnswers = Optional.empty();

    FcEndpoints endpoints = cache.endpoints(ISSUER);
    cache.endpoints(ISSUER);

    assertFalse(endpoints.discovered());
    assertEquals(ISSUER + "/authorize", endpoints.authorizationEndpoint());
    assertEquals(1, fetched.size(), "not asked again at once");

    fcAnswers = Optional.of(PortalPageTest.DISCOVERY);
    now = now.plus(FcDiscoveryCache.RETRIED_AFTER);
    assertTrue(cache.endpoints(ISSUER).discovered());
    assertTrue(FcDiscoveryCache.RETRIED_AFTER.compareTo(Duration.ofSeconds(30)) <= 0);
  }

  @Test
  void anUnreadableDocumentCountsAsFcDown() {
    fcAnswers = Optional.of("<html>502 Bad Gateway</html>");

    assertFalse(cache.endpoints(ISSUER).discovered());
  }

  @Test
  void anotherIssuerIsReadAfresh() {
    cache.endpoints(ISSUER);
    cache.endpoints("https://fc.example/api/v2/");

    assertEquals(URI.create("https://fc.example/api/v2/.well-known/openid-configuration"), fetched.get(1));
  }
}
