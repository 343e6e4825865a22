package fr.fc.audit;

/**
 * What the trail knows of the request being served on this thread: the address and user agent it
 * came from, the partner it authenticated as, if any, and whether a failure of it is audited already
 * (a refused request leaves one failure event, not one from the service and another from the error
 * mapper). Opened by the web tier
 * around each request; every step of fc runs on the thread that received its request.
 */
public final class AuditScope {

  private static final ThreadLocal<AuditScope> CURRENT = new ThreadLocal<>();

  private final String clientAddress;
  private final String userAgent;
  private boolean failureRecorded;
  private String authenticatedClient;

  private AuditScope(String clientAddress, String userAgent) {
    this.clientAddress = clientAddress;
    this.userAgent = userAgent;
  }

  public static void open(String clientAddress, String userAgent) {
    CURRENT.set(new AuditScope(clientAddress, userAgent));
  }

  public static void close() {
    CURRENT.remove();
  }

  /** Whether an event of the request being served on this thread says it failed. */
  public static boolean failureRecorded() {
    AuditScope scope = CURRENT.get();
    return scope != null && scope.failureRecorded;
  }

  /** The request proved it comes from this SP or data provider (its secret): its rate is charged. */
  public static void authenticated(String clientId) {
    AuditScope scope = CURRENT.get();
    if (scope != null) {
      scope.authenticatedClient = clientId;
    }
  }

  /** The SP or data provider the request being served authenticated as; null when none did. */
  public static String authenticatedClient() {
    AuditScope scope = CURRENT.get();
    return scope == null ? null : scope.authenticatedClient;
  }

  /** The address the request being served on this thread comes from, as the trail names it; null outside one. */
  public static String clientAddress() {
    AuditScope scope = CURRENT.get();
    return scope == null ? null : scope.clientAddress;
  }

  static String userAgent() {
    AuditScope scope = CURRENT.get();
    return scope == null ? null : scope.userAgent;
  }

  static void recorded(AuditEvent event) {
    AuditScope scope = CURRENT.get();
    if (scope != null && event.outcome() == AuditEvent.Outcome.FAILURE) {
      scope.failureRecorded = true;
    }
  }
}
