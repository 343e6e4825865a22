package fr.fc.rnipp.connector;

import static fr.fc.rnipp.connector.RegisterXml.ANGELA;
import static fr.fc.rnipp.connector.RegisterXml.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.rnipp.connector.RnippException.Failure;
import fr.fc.rnipp.connector.RnippResult.ResponseType;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ManagedConnection;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handle / managed connection / HTTP path against a real local HTTP server. */
class RnippConnectionTest {

  static final RnippQuery ANGELA_QUERY =
      new RnippQuery(
          "DUBOIS", List.of("Angela", "Claire", "Louise"), "1962-08-24", "female", "75107");

  private RegisterStub register;

  @BeforeEach
  void start() throws IOException {
    register = RegisterStub.http();
  }

  @AfterEach
  void stop() {
    register.close();
  }

  static RnippManagedConnectionFactory factory(String registerUrl, int timeoutMillis) {
    RnippManagedConnectionFactory factory = new RnippManagedConnectionFactory();
    factory.setRegisterUrl(registerUrl);
    factory.setTimeoutMillis(timeoutMillis);
    return factory;
  }

  static RnippConnection connect(ManagedConnection managed) throws ResourceException {
    return (RnippConnection) managed.getConnection(null, null);
  }

  static RnippConnection connect(RnippManagedConnectionFactory factory) throws ResourceException {
    return connect(factory.createManagedConnection(null, null));
  }

  /** A managed connection of a new pool on the stub register. */
  private ManagedConnection managed(int timeoutMillis) throws ResourceException {
    return factory(register.registerUrl(), timeoutMillis).createManagedConnection(null, null);
  }

  static RnippException failure(RnippConnection connection) {
    return assertThrows(RnippException.class, () -> connection.identify(ANGELA_QUERY));
  }

  @Test
  void foundAnswerOverHttp() throws Exception {
    register.answer(200, answer(2, ANGELA));

    try (RnippConnection connection = connect(factory(register.registerUrl(), 2000))) {
      RnippResult result = connection.identify(ANGELA_QUERY);

      assertEquals(ResponseType.TYPE_2_FOUND, result.type());
      assertEquals("DUBOIS", result.person().birthName());
    }
    RegisterStub.Request request = register.requests().get(0);
    assertEquals("GET", request.method());
    assertEquals("/rnipp/Brpp2IdentificationComplet/individus", request.uri().getPath());
    assertEquals(
        "rechercheType=S&nom=DUBOIS&prenoms=Angela%20Claire%20Louise&dateNaissance=19620824"
            + "&sexe=F&codeLieuNaissance=75107",
        request.uri().getRawQuery());
    assertEquals("application/xml", request.accept());
  }

  @Test
  void accentsArriveDecodedAsUtf8() throws Exception {
    register.answer(200, answer(8));
    RnippQuery query =
        new RnippQuery("ÉLOÏSE", List.of("Jean-Loïc", "Zoë"), "1958-03-00", "male", "99352");

    try (RnippConnection connection = connect(factory(register.registerUrl() + "/", 2000))) {
      assertEquals(ResponseType.TYPE_8_NOT_FOUND, connection.identify(query).type());
    }
    RegisterStub.Request request = register.requests().get(0);
    assertEquals("/rnipp/Brpp2IdentificationComplet/individus", request.uri().getPath());
    assertEquals(query.parameters(), RnippQueryTest.decode(request.uri().getRawQuery()));
    assertEquals("ÉLOÏSE", RnippQueryTest.decode(request.uri().getRawQuery()).get("nom"));
  }

  @Test
  void serverErrorIsAnHttpErrorThatKeepsTheConnection() throws Exception {
    register.answer(500, "<html>boom</html>");
    ManagedConnection managed = managed(2000);
    Events events = Events.of(managed);

    RnippException e = failure(connect(managed));

    assertEquals(Failure.HTTP_ERROR, e.failure());
    assertTrue(e.getMessage().contains("500"), e.getMessage());
    assertEquals(List.of(), events.errors);
  }

  @Test
  void otherStatusesAreHttpErrors() throws Exception {
    for (int status : new int[] {201, 204, 302, 404, 503}) {
      register.answer(status, "");
      try (RnippConnection connection = connect(factory(register.registerUrl(), 2000))) {
        assertEquals(Failure.HTTP_ERROR, failure(connection).failure(), "status " + status);
      }
    }
  }

  @Test
  void invalidXmlIsAnInvalidResponseThatKeepsTheConnection() throws Exception {
    register.answer(200, answer(2));
    ManagedConnection managed = managed(2000);
    Events events = Events.of(managed);

    assertEquals(Failure.INVALID_RESPONSE, failure(connect(managed)).failure());
    assertEquals(List.of(), events.errors);
  }

  @Test
  void anOversizedBodyIsAnInvalidResponse() throws Exception {
    register.answer(200, "<a>" + "x".repeat(RnippGateway.MAX_BODY_BYTES) + "</a>");

    try (RnippConnection connection = connect(factory(register.registerUrl(), 5000))) {
      assertEquals(Failure.INVALID_RESPONSE, failure(connection).failure());
    }
  }

  @Test
  void xxeInAnAnswerIsRefusedWithoutFetchingTheEntity() throws Exception {
    String entityUrl = register.registerUrl() + "/xxe";
    register.answer(
        200,
        answer(2, ANGELA.replace("DUBOIS", "&x;"))
            .replace(
                "<ReponseIdentification>",
                "<!DOCTYPE ReponseIdentification [<!ENTITY x SYSTEM \"" + entityUrl + "\">]>"
                    + "<ReponseIdentification>"));

    try (RnippConnection connection = connect(factory(register.registerUrl(), 2000))) {
      assertEquals(Failure.INVALID_RESPONSE, failure(connection).failure());
    }
    assertEquals(1, register.requests().size(), "only the identification, not the entity");
  }

  @Test
  void aSlowRegisterTimesOutAndLeavesThePool() throws Exception {
    register.answer(200, answer(8)).after(Duration.ofSeconds(3));
    ManagedConnection managed = managed(300);
    Events events = Events.of(managed);
    RnippConnection connection = connect(managed);

    long start = System.nanoTime();
    RnippException e = failure(connection);
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(Failure.TIMEOUT, e.failure());
    assertTrue(elapsedMillis < 2000, "gave up after " + elapsedMillis + " ms");
    assertEquals(1, events.errors.size());
    assertEquals(ConnectionEvent.CONNECTION_ERROR_OCCURRED, events.errors.get(0).getId());
    assertSame(connection, events.errors.get(0).getConnectionHandle());
    assertSame(e, events.errors.get(0).getException());
  }

  @Test
  void aRefusedConnectionIsATimeoutAndLeavesThePool() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort + "/rnipp";
    ManagedConnection managed = factory(url, 2000).createManagedConnection(null, null);
    Events events = Events.of(managed);

    assertEquals(Failure.TIMEOUT, failure(connect(managed)).failure());
    assertEquals(1, events.errors.size());
  }

  @Test
  void aResetConnectionIsATimeout() throws Exception {
    try (ServerSocket resetting = new ServerSocket(0)) {
      Thread server =
          new Thread(
              () -> {
                while (!resetting.isClosed()) {
                  try (Socket socket = resetting.accept()) {
                    InputStream in = socket.getInputStream();
                    in.read(new byte[8192]);
                    socket.setSoLinger(true, 0); // close with RST
                  } catch (IOException e) {
                    // closed by the test
                  }
                }
              });
      server.start();
      String url = "http://127.0.0.1:" + resetting.getLocalPort() + "/rnipp";

      try (RnippConnection connection = connect(factory(url, 5000))) {
        long start = System.nanoTime();
        RnippException e = failure(connection);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Failure.TIMEOUT, e.failure());
        assertTrue(e.getMessage().contains("reset"), e.getMessage());
        assertTrue(elapsedMillis < 4000, "a reset, not the timeout: " + elapsedMillis + " ms");
      }
    }
  }

  @Test
  void connectionsOfAPoolShareOneKeptAliveTcpConnection() throws Exception {
    register.answer(200, answer(2, ANGELA));
    RnippManagedConnectionFactory factory = factory(register.registerUrl(), 2000);

    try (RnippConnection first = connect(factory)) {
      first.identify(ANGELA_QUERY);
    }
    try (RnippConnection second = connect(factory)) {
      second.identify(ANGELA_QUERY);
      second.identify(ANGELA_QUERY);
    }

    List<Integer> clientPorts =
        register.requests().stream().map(RegisterStub.Request::clientPort).toList();
    assertEquals(3, clientPorts.size());
    assertEquals(1, clientPorts.stream().distinct().count(), "client ports " + clientPorts);
  }

  @Test
  void closingAHandleFiresConnectionClosedOnce() throws Exception {
    ManagedConnection managed = managed(2000);
    Events events = Events.of(managed);
    RnippConnection connection = connect(managed);

    connection.close();
    connection.close();

    assertEquals(1, events.closed.size());
    assertEquals(ConnectionEvent.CONNECTION_CLOSED, events.closed.get(0).getId());
    assertSame(connection, events.closed.get(0).getConnectionHandle());
    assertThrows(IllegalStateException.class, () -> connection.identify(ANGELA_QUERY));
    assertThrows(IllegalStateException.class, connection::registerUrl);
  }

  @Test
  void cleanupAndDestroyInvalidateTheHandles() throws Exception {
    ManagedConnection managed = managed(2000);
    Events events = Events.of(managed);
    RnippConnection cleaned = connect(managed);

    managed.cleanup();

    assertThrows(IllegalStateException.class, () -> cleaned.identify(ANGELA_QUERY));
    cleaned.close();
    assertEquals(List.of(), events.closed, "an invalidated handle is no longer the pool's");

    register.answer(200, answer(8));
    RnippConnection reused = connect(managed);
    assertEquals(ResponseType.TYPE_8_NOT_FOUND, reused.identify(ANGELA_QUERY).type());

    managed.destroy();
    assertThrows(IllegalStateException.class, () -> reused.identify(ANGELA_QUERY));
  }

  @Test
  void associateConnectionMovesAHandle() throws Exception {
    register.answer(200, answer(8));
    RnippManagedConnectionFactory factory = factory(register.registerUrl(), 2000);
    ManagedConnection from = factory.createManagedConnection(null, null);
    ManagedConnection to = factory.createManagedConnection(null, null);
    Events fromEvents = Events.of(from);
    Events toEvents = Events.of(to);
    RnippConnection handle = connect(from);

    to.associateConnection(handle);
    from.cleanup();

    assertEquals(ResponseType.TYPE_8_NOT_FOUND, handle.identify(ANGELA_QUERY).type());
    handle.close();
    assertEquals(List.of(), fromEvents.closed);
    assertEquals(1, toEvents.closed.size());
    assertThrows(ResourceException.class, () -> to.associateConnection("not a handle"));
  }

  @Test
  void registerUrlIsTheConfiguredOne() throws Exception {
    try (RnippConnection connection = connect(factory(register.registerUrl(), 2000))) {
      assertEquals(register.registerUrl(), connection.registerUrl());
    }
  }

  @Test
  void noTransactions() throws Exception {
    ManagedConnection managed = managed(2000);
    assertThrows(ResourceException.class, managed::getXAResource);
    assertThrows(ResourceException.class, managed::getLocalTransaction);
    assertEquals("RNIPP", managed.getMetaData().getEISProductName());
  }

  @Test
  void theFactoryMatchesOnlyItsOwnConnections() throws Exception {
    RnippManagedConnectionFactory factory = factory(register.registerUrl(), 2000);
    RnippManagedConnectionFactory other = factory("http://127.0.0.1:1/other", 2000);
    ManagedConnection mine = factory.createManagedConnection(null, null);
    ManagedConnection theirs = other.createManagedConnection(null, null);

    assertSame(mine, factory.matchManagedConnections(java.util.Set.of(theirs, mine), null, null));
    assertEquals(null, factory.matchManagedConnections(java.util.Set.of(theirs), null, null));
    assertFalse(mine.equals(theirs));
  }

  /** What a connection manager would hear from a managed connection. */
  static final class Events implements ConnectionEventListener {
    final List<ConnectionEvent> closed = new CopyOnWriteArrayList<>();
    final List<ConnectionEvent> errors = new CopyOnWriteArrayList<>();

    static Events of(ManagedConnection managed) {
      Events events = new Events();
      managed.addConnectionEventListener(events);
      return events;
    }

    @Override
    public void connectionClosed(ConnectionEvent event) {
      closed.add(event);
    }

    @Override
    public void connectionErrorOccurred(ConnectionEvent event) {
      errors.add(event);
    }

    @Override
    public void localTransactionStarted(ConnectionEvent event) {}

    @Override
    public void localTransactionCommitted(ConnectionEvent event) {}

    @Override
    public void localTransactionRolledback(ConnectionEvent event) {}
  }
}
