package fr.fc.rnipp.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ManagedConnection;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RnippManagedConnectionFactoryTest {

  private static RnippManagedConnectionFactory configured() {
    RnippManagedConnectionFactory factory = new RnippManagedConnectionFactory();
    factory.setRegisterUrl("https://rnipp.example/gateway");
    factory.setTimeoutMillis(4000);
    factory.setTrustStorePath("/etc/fc/rnipp-trust.p12");
    factory.setTrustStorePassword("trust-secret");
    factory.setTrustStoreType("PKCS12");
    factory.setKeyStorePath("/etc/fc/rnipp-client.p12");
    factory.setKeyStorePassword("key-secret");
    factory.setKeyStoreType("PKCS12");
    return factory;
  }

  static Stream<Arguments> properties() {
    return Stream.of(
        property("registerUrl", RnippManagedConnectionFactory::setRegisterUrl),
        property("trustStorePath", RnippManagedConnectionFactory::setTrustStorePath),
        property("trustStorePassword", RnippManagedConnectionFactory::setTrustStorePassword),
        property("trustStoreType", RnippManagedConnectionFactory::setTrustStoreType),
        property("keyStorePath", RnippManagedConnectionFactory::setKeyStorePath),
        property("keyStorePassword", RnippManagedConnectionFactory::setKeyStorePassword),
        property("keyStoreType", RnippManagedConnectionFactory::setKeyStoreType));
  }

  private static Arguments property(
      String name, BiConsumer<RnippManagedConnectionFactory, String> setter) {
    return Arguments.of(name, setter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("properties")
  void everyPropertyTakesPartInEquality(
      String name, BiConsumer<RnippManagedConnectionFactory, String> setter) {
    RnippManagedConnectionFactory changed = configured();
    setter.accept(changed, "other");

    assertEquals(configured(), configured());
    assertEquals(configured().hashCode(), configured().hashCode());
    assertNotEquals(configured(), changed, name);
  }

  @Test
  void theTimeoutTakesPartInEquality() {
    RnippManagedConnectionFactory changed = configured();
    changed.setTimeoutMillis(1);
    assertNotEquals(configured(), changed);
  }

  @Test
  void theHttpClientDoesNotTakePartInEquality() throws ResourceException {
    RnippManagedConnectionFactory used = new RnippManagedConnectionFactory();
    used.createManagedConnection(null, null);

    assertEquals(new RnippManagedConnectionFactory(), used);
    assertEquals(new RnippManagedConnectionFactory().hashCode(), used.hashCode());
  }

  @Test
  void defaultsAreTheDemoGatewayAndPkcs12() {
    RnippManagedConnectionFactory factory = new RnippManagedConnectionFactory();
    assertEquals("http://localhost:7100/rnipp", factory.getRegisterUrl());
    assertEquals(6000, factory.getTimeoutMillis());
    assertEquals("PKCS12", factory.getTrustStoreType());
    assertEquals("PKCS12", factory.getKeyStoreType());
  }

  @Test
  void toStringHidesThePasswords() {
    String text = configured().toString();
    assertFalse(text.contains("secret"), text);
    assertTrue(text.contains("https://rnipp.example/gateway"), text);
  }

  @Test
  void survivesSerializationWithoutItsClient() throws Exception {
    RnippManagedConnectionFactory factory = new RnippManagedConnectionFactory();
    factory.createManagedConnection(null, null);

    RnippManagedConnectionFactory copy =
        (RnippManagedConnectionFactory) RnippQueryTest.roundTrip(factory);

    assertEquals(factory, copy);
    ManagedConnection managed = copy.createManagedConnection(null, null);
    assertEquals(
        "http://localhost:7100/rnipp",
        ((RnippConnection) managed.getConnection(null, null)).registerUrl());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "localhost:7100", "ftp://rnipp.example/", "http:///path", "http://h/p?x=1",
        "http://exa mple"
      })
  void anUnusableUrlFailsTheConnection(String url) {
    RnippManagedConnectionFactory factory = new RnippManagedConnectionFactory();
    factory.setRegisterUrl(url);
    assertThrows(ResourceException.class, () -> factory.createManagedConnection(null, null));
  }

  @Test
  void aMissingUrlOrTimeoutFailsTheConnection() {
    RnippManagedConnectionFactory noUrl = new RnippManagedConnectionFactory();
    noUrl.setRegisterUrl(null);
    assertThrows(ResourceException.class, () -> noUrl.createManagedConnection(null, null));

    RnippManagedConnectionFactory noTimeout = new RnippManagedConnectionFactory();
    noTimeout.setTimeoutMillis(0);
    assertThrows(ResourceException.class, () -> noTimeout.createManagedConnection(null, null));
    noTimeout.setTimeoutMillis(null);
    assertThrows(ResourceException.class, () -> noTimeout.createManagedConnection(null, null));
  }

  @Test
  void blankStorePathsMeanTheJvmDefaults() throws ResourceException {
    RnippManagedConnectionFactory factory = new RnippManagedConnectionFactory();
    factory.setTrustStorePath("");
    factory.setKeyStorePath(" ");
    factory.setTrustStoreType("");
    factory.createManagedConnection(null, null);
  }

  @Test
  void aPropertySetLaterAppliesToLaterConnections() throws ResourceException {
    RnippManagedConnectionFactory factory = new RnippManagedConnectionFactory();
    ManagedConnection before = factory.createManagedConnection(null, null);
    factory.setRegisterUrl("http://127.0.0.1:1/other");
    ManagedConnection after = factory.createManagedConnection(null, null);

    assertEquals(
        "http://localhost:7100/rnipp",
        ((RnippConnection) before.getConnection(null, null)).registerUrl());
    assertEquals(
        "http://127.0.0.1:1/other",
        ((RnippConnection) after.getConnection(null, null)).registerUrl());
  }

  @Test
  void theConnectionFactoryGoesThroughTheConnectionManager() throws ResourceException {
    RnippManagedConnectionFactory factory = new RnippManagedConnectionFactory();
    ConnectionManager manager =
        (managedFactory, info) ->
            ((RnippManagedConnectionFactory) managedFactory)
                .createManagedConnection(null, info)
                .getConnection(null, info);

    RnippConnectionFactory connections =
        (RnippConnectionFactory) factory.createConnectionFactory(manager);

    try (RnippConnection connection = connections.getConnection()) {
      assertEquals("http://localhost:7100/rnipp", connection.registerUrl());
    }
    assertThrows(ResourceException.class, factory::createConnectionFactory);
  }
}
