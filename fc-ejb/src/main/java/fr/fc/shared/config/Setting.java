package fr.fc.shared.config;

/**
 * Every setting of fc: its MicroProfile Config key (which an environment variable also sets:
 * {@code FC_OIDC_ISSUER} for {@code fc.oidc.issuer}), its kind, its default and what it is for.
 * {@link SettingsReader} reads and checks them all at boot; docs/config.md is generated from here.
 * Lifetimes default to the contract's values.
 */
public enum Setting {
  ISSUER(
      "fc.oidc.issuer", Kind.ISSUER, "http://localhost:7000/api/v2",
      "The issuer fc announces to service providers: an https URL, or http on a loopback host."),
  PLUS_ISSUER(
      "fc.oidc.plus-issuer", Kind.OPTIONAL_ISSUER, "",
      "The FranceConnect+ issuer (eidas2, eidas3), whose requests fc serves under /plus: its path is the "
          + "issuer's with /plus before it, its host may be another (a proxy's). Unset: the issuer's host."),
  SIGNING_KEYS_FILE(
      "fc.crypto.signing-keys-file", Kind.FILE, "fc-signing-keys.json",
      "fc's signing keys, created on first start and read again within 5 seconds when they change (a rotation, "
          + "docs/keys.md); a bare name is in the domain's config directory; every node the same."),
  KEY_PUBLICATION_DELAY(
      "fc.crypto.key-publication-delay", Kind.SECONDS, "86400",
      "How long a new signing key (POST /api/admin/keys/rotate) is published in the JWKS before fc signs "
          + "with it, in seconds: SPs cache the JWKS. Every node switches at the same instant (docs/keys.md)."),
  ENCRYPTION_KEYS_FILE(
      "fc.crypto.encryption-keys-file", Kind.FILE, "fc-encryption-keys.json",
      "The keys IdPs encrypt their answers to (published at client/.well-known/keys), created on first start; "
          + "a bare name is in the domain's config directory; every node the same."),
  SECRET_ENCRYPTION_KEY(
      "fc.crypto.secret-encryption-key", Kind.HEX_256_BITS, "fc-secret-encryption-key",
      "Seals the partners' secrets that fc must recover (HS256), 64 hex digits; every node the same. "
          + "Unset: a random one kept in this file beside the signing keys."),
  SUB_SECRET_KEY(
      "fc.identity.sub-secret-key", Kind.SECRET, "fc-sub-secret",
      "Keys the pairwise sub of each SP, at least 32 characters; every node the same, never changed. "
          + "Unset: a random one kept in this file beside the signing keys."),
  REGISTRY_IMPORT_FILE(
      "fc.registry.import-file", Kind.OPTIONAL_FILE, "",
      "A registry file (docs/registry.md) applied at each startup, if any: its partners created or updated, "
          + "none deactivated. Changes while fc runs: the admin API or fc-registry."),
  INTERACTION_LIFETIME(
      "fc.login.interaction-lifetime", Kind.SECONDS, "1800",
      "How long a login may take from authorize to the code, in seconds (its cookie's too)."),
  SSO_SESSION_LIFETIME(
      "fc.session.sso-lifetime", Kind.SECONDS, "1800",
      "How long fc's session lasts after its last use, in seconds (its cookie's too)."),
  PENDING_LOGOUT_LIFETIME(
      "fc.session.pending-logout-lifetime", Kind.SECONDS, "600",
      "How long fc waits for an IdP to come back from its logout, in seconds."),
  CODE_LIFETIME("fc.oidc.code-lifetime", Kind.SECONDS, "30", "Lifetime of an authorization code, in seconds."),
  ACCESS_TOKEN_LIFETIME(
      "fc.oidc.access-token-lifetime", Kind.SECONDS, "60", "Lifetime of an access token, in seconds."),
  ID_TOKEN_LIFETIME("fc.oidc.id-token-lifetime", Kind.SECONDS, "60", "Lifetime of an ID token, in seconds."),
  IDP_TIMEOUT(
      "fc.federation.idp-timeout", Kind.SECONDS, "10",
      "Longest wait for an IdP's answer (discovery, token, userinfo), in seconds."),
  IDP_CONNECT_TIMEOUT(
      "fc.federation.idp-connect-timeout", Kind.SECONDS, "5", "Longest wait to connect to an IdP, in seconds."),
  IDP_CALLBACK_CAPACITY(
      "fc.federation.callback-capacity", Kind.COUNT, "24",
      "IdP callbacks served at once (each waits on the IdP and the RNIPP); past it, Y000003."),
  DATA_PROVIDER_KEYS_TIMEOUT(
      "fc.data.provider-keys-timeout", Kind.SECONDS, "3",
      "Longest wait for a data provider's jwks_uri, in seconds (then cached as it says)."),
  DATA_PROVIDER_KEYS_CAPACITY(
      "fc.data.provider-keys-capacity", Kind.COUNT, "8",
      "Checktoken calls reading data providers' keys at once; past it, Y150003 at once."),
  SERVICE_PROVIDER_KEYS_TIMEOUT(
      "fc.oidc.sp-keys-timeout", Kind.SECONDS, "3",
      "Longest wait for a FranceConnect+ SP's jwks_uri, in seconds (then cached as it says)."),
  SERVICE_PROVIDER_KEYS_CAPACITY(
      "fc.oidc.sp-keys-capacity", Kind.COUNT, "8",
      "Token and userinfo calls reading FranceConnect+ SPs' keys at once; past it, Y040003 at once."),
  RNIPP_PROBE_INTERVAL(
      "fc.rnipp.probe-interval", Kind.SECONDS, "1",
      "While the register's circuit is open, one query is let through this often, in seconds."),
  REQUEST_BODY_MAX_BYTES(
      "fc.http.max-body-bytes", Kind.COUNT, "65536", "Largest request body fc reads; past it, 413 (Y000004)."),
  REQUEST_BODY_MAX_DURATION(
      "fc.http.max-body-duration", Kind.SECONDS, "10",
      "Longest time a request body may take to arrive, in seconds; past it, 408 (Y000005)."),
  ADMIN_TOKEN_ISSUER(
      "fc.admin.token-issuer", Kind.NAME, "",
      "The iss of the operators' tokens that the admin API (/api/admin) accepts (JWT, RS256 or ES256, roles "
          + "in groups). Unset: fc-operators, the demo's issuer (server-config/bin/AdminToken.java)."),
  ADMIN_TOKEN_PUBLIC_KEY(
      "fc.admin.token-public-key", Kind.FILE, "fc-admin-jwt-public.pem",
      "The PEM public key that verifies the operators' tokens; a bare name is in the domain's config directory."),
  AUDITORS(
      "fc.audit.auditors", Kind.CREDENTIALS, "",
      "Who may open the auditors' pages (/audit): name:hash entries, comma-separated; a hash comes from "
          + "./fc auditor-password (PBKDF2-SHA256). Unset: nobody."),
  AUDIT_CHAIN_KEY(
      "fc.audit.chain-key", Kind.HEX_256_BITS, "fc-audit-chain-key",
      "Keys the audit trail's hash chain (HMAC-SHA256), 64 hex digits; every node the same, never in the "
          + "database; auditors' verification needs it. Unset: a random one kept in this file beside the signing keys."),
  AUDIT_JOURNAL_DIRECTORY(
      "fc.audit.journal-directory", Kind.DIRECTORY, "audit-journal",
      "Where this node journals each audit event before answering, until the database has it; one per node, "
          + "on a disk that survives restarts. A bare name is in the domain's config directory."),
  AUDIT_NODE(
      "fc.audit.node", Kind.NAME, "",
      "This node's name in the audit trail, unique in a cluster and kept across restarts "
          + "(letters, digits, . _ - @). Unset: the Payara instance's name and the host's."),
  AUDIT_CHECKPOINT_INTERVAL(
      "fc.audit.checkpoint-interval", Kind.SECONDS, "3600",
      "How often fc signs a checkpoint of the audit trail (its last row, hash and row count), in seconds."),
  AUDIT_RETENTION_DAYS(
      "fc.audit.retention-days", Kind.COUNT, "365",
      "How long audit events are kept, in days (connection data: one year by law); older ones are deleted "
          + "each night, with a signed checkpoint at the cut."),
  SPACE_CLIENT_SECRET(
      "fc.space.client-secret", Kind.SECRET, "fc-space-client-secret",
      "The secret of the citizens' space (/espace), which fc registers as its SP fc-mon-espace; every node the "
          + "same. Unset: a random one kept in this file beside the signing keys."),
  SPACE_HISTORY_DAYS(
      "fc.space.history-days", Kind.COUNT, "183",
      "How long a citizen's space lists a connection, in days; the index by citizen is purged each night past "
          + "it (the trail's events stay as long as the trail keeps them)."),
  MAIL_QUEUE_CAPACITY(
      "fc.mail.queue-capacity", Kind.COUNT, "1000",
      "E-mails to citizens (the notice of each login, confirmations) waiting for the mail server (mail session "
          + "mail/fc); past it, a notice is dropped and its failure audited."),
  LOGINS_PER_ADDRESS(
      "fc.limits.logins-per-address", Kind.COUNT, "100",
      "Authorize requests and choices of IdP each address may send per second, on each node (twice that at "
          + "once); past it, Y000006. Behind a load balancer, set fc.request.trusted-proxies, or all share one address."),
  TOKEN_PER_CLIENT(
      "fc.limits.token-per-client", Kind.COUNT, "100",
      "Token requests each SP may send per second, on each node (twice that at once); past it, 429 Y000007. "
          + "Only requests that authenticate as the SP count against it."),
  TOKEN_PER_ADDRESS(
      "fc.limits.token-per-address", Kind.COUNT, "200",
      "Token requests each address may send per second, on each node (twice that at once); past it, 429 Y000007."),
  CHECKTOKEN_PER_CLIENT(
      "fc.limits.checktoken-per-client", Kind.COUNT, "200",
      "Checktoken requests each data provider may send per second, on each node (twice that at once); past it, "
          + "429 Y000007. Only requests that authenticate as the provider count against it."),
  CHECKTOKEN_PER_ADDRESS(
      "fc.limits.checktoken-per-address", Kind.COUNT, "400",
      "Checktoken requests each address may send per second, on each node (twice that at once); past it, 429 Y000007."),
  TRUSTED_PROXIES(
      "fc.request.trusted-proxies", Kind.ADDRESSES, "",
      "The load balancers in front of fc, by IP address, comma-separated: for a request from one of them, the "
          + "citizen's address (in the audit trail) is the last one it added to X-Forwarded-For. Unset: the "
          + "connection's address."),
  PRODUCT_NAME(
      "fc.ui.product-name", Kind.TEXT, "FranceConnect",
      "The service's name on the citizens' pages: their header, every page title and the texts that name it. "
          + "Deployers change it, e.g. for a ministry's own deployment under its own name (spaces and accents "
          + "allowed, 80 characters at most)."),
  ACCESSIBILITY_CONTACT(
      "fc.ui.accessibility-contact", Kind.NAME, "",
      "Where citizens report an accessibility problem, named on the accessibility statement: an e-mail address "
          + "or an http(s) URL of the operator. Unset: the statement sends them to the online service's support.");

  /** What a setting's value is, and so how it is checked. */
  public enum Kind {
    ISSUER("URL"),
    OPTIONAL_ISSUER("URL"),
    FILE("file path"),
    OPTIONAL_FILE("file path"),
    HEX_256_BITS("secret"),
    SECRET("secret"),
    DIRECTORY("directory path"),
    NAME("name"),
    TEXT("words"),
    CREDENTIALS("name:hash list"),
    ADDRESSES("IP address list"),
    SECONDS("seconds"),
    COUNT("number");

    private final String shown;

    Kind(String shown) {
      this.shown = shown;
    }

    public String shown() {
      return shown;
    }

    public boolean secret() {
      return this == HEX_256_BITS || this == SECRET;
    }
  }

  private final String key;
  private final Kind kind;
  private final String defaultValue;
  private final String description;

  Setting(String key, Kind kind, String defaultValue, String description) {
    this.key = key;
    this.kind = kind;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  /** The value when the key is unset: for a file, its name; for a secret, the file it is kept in; "" for none. */
  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }
}
