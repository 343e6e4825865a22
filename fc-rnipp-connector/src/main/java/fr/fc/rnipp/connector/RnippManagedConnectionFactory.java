package fr.fc.rnipp.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Creates the managed connections of one RNIPP pool, configured by the server's connector pool.
 * The pool's connections share one HTTP client, created with the first of them, so that they
 * reuse its kept-alive connections to the register. TLS (a trust store for the gateway's
 * certificate, a key store for fc's client certificate) is configuration; without it the JVM's
 * defaults apply.
 */
@ConnectionDefinition(
    connectionFactory = RnippConnectionFactory.class,
    connectionFactoryImpl = PooledRnippConnectionFactory.class,
    connection = RnippConnection.class,
    connectionImpl = RnippConnectionHandle.class)
public class RnippManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation {

  private static final long serialVersionUID = 1L;

  @ConfigProperty(description = "Base URL of the RNIPP gateway", defaultValue = "http://localhost:7100/rnipp")
  private String registerUrl = "http://localhost:7100/rnipp";

  @ConfigProperty(description = "Timeout of one register call, in milliseconds", defaultValue = "6000")
  private Integer timeoutMillis = 6000;

  @ConfigProperty(
      description = "Trust store of the gateway's certificate; unset: the JVM's trust store")
  private String trustStorePath;

  @ConfigProperty(description = "Password of the trust store", confidential = true)
  private String trustStorePassword;

  @ConfigProperty(description = "Type of the trust store", defaultValue = "PKCS12")
  private String trustStoreType = "PKCS12";

  @ConfigProperty(
      description = "Key store of fc's client certificate; unset: no client certificate")
  private String keyStorePath;

  @ConfigProperty(description = "Password of the key store and of its key", confidential = true)
  private String keyStorePassword;

  @ConfigProperty(description = "Type of the key store", defaultValue = "PKCS12")
  private String keyStoreType = "PKCS12";

  private transient volatile RnippGateway gateway;
  private transient ResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;

  @Override
  public Object createConnectionFactory(ConnectionManager manager) {
    return new PooledRnippConnectionFactory(this, manager);
  }

  @Override
  public Object createConnectionFactory() throws ResourceException {
    throw new ResourceException("The RNIPP connector runs only inside an application server");
  }

  /**
   * @throws ResourceException when the configuration is not usable (URL, timeout, TLS stores)
   */
  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
      throws ResourceException {
    return new RnippManagedConnection(this, gateway());
  }

  @Override
  public ManagedConnection matchManagedConnections(
      @SuppressWarnings("rawtypes") Set candidates, Subject subject, ConnectionRequestInfo info) {
    // Every connection of a pool speaks to the same register: any free one of ours will do.
    for (Object candidate : candidates) {
      if (candidate instanceof RnippManagedConnection connection
          && equals(connection.factory())) {
        return connection;
      }
    }
    return null;
  }

  /** The pool's gateway and HTTP client, created on first use. */
  private RnippGateway gateway() throws ResourceException {
    RnippGateway current = gateway;
    if (current == null) {
      synchronized (this) {
        current = gateway;
        if (current == null) {
          current = RnippGateway.of(this);
          gateway = current;
        }
      }
    }
    return current;
  }

  // A property set after the first connection applies to the connections created after it.
  private void reconfigured() {
    gateway = null;
  }

  public String getRegisterUrl() {
    return registerUrl;
  }

  public void setRegisterUrl(String registerUrl) {
    this.registerUrl = registerUrl;
    reconfigured();
  }

  public Integer getTimeoutMillis() {
    return timeoutMillis;
  }

  public void setTimeoutMillis(Integer timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    reconfigured();
  }

  public String getTrustStorePath() {
    return trustStorePath;
  }

  public void setTrustStorePath(String trustStorePath) {
    this.trustStorePath = trustStorePath;
    reconfigured();
  }

  public String getTrustStorePassword() {
    return trustStorePassword;
  }

  public void setTrustStorePassword(String trustStorePassword) {
    this.trustStorePassword = trustStorePassword;
    reconfigured();
  }

  public String getTrustStoreType() {
    return trustStoreType;
  }

  public void setTrustStoreType(String trustStoreType) {
    this.trustStoreType = trustStoreType;
    reconfigured();
  }

  public String getKeyStorePath() {
    return keyStorePath;
  }

  public void setKeyStorePath(String keyStorePath) {
    this.keyStorePath = keyStorePath;
    reconfigured();
  }

  public String getKeyStorePassword() {
    return keyStorePassword;
  }

  public void setKeyStorePassword(String keyStorePassword) {
    this.keyStorePassword = keyStorePassword;
    reconfigured();
  }

  public String getKeyStoreType() {
    return keyStoreType;
  }

  public void setKeyStoreType(String keyStoreType) {
    this.keyStoreType = keyStoreType;
    reconfigured();
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter adapter) {
    this.resourceAdapter = adapter;
  }

  /** Equal when every configuration property is (the JCA contract); the HTTP client is not one. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RnippManagedConnectionFactory that
        && Objects.equals(registerUrl, that.registerUrl)
        && Objects.equals(timeoutMillis, that.timeoutMillis)
        && Objects.equals(trustStorePath, that.trustStorePath)
        && Objects.equals(trustStorePassword, that.trustStorePassword)
        && Objects.equals(trustStoreType, that.trustStoreType)
        && Objects.equals(keyStorePath, that.keyStorePath)
        && Objects.equals(keyStorePassword, that.keyStorePassword)
        && Objects.equals(keyStoreType, that.keyStoreType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        registerUrl,
        timeoutMillis,
        trustStorePath,
        trustStorePassword,
        trustStoreType,
        keyStorePath,
        keyStorePassword,
        keyStoreType);
  }

  /** Without the passwords. */
  @Override
  public String toString() {
    return "RnippManagedConnectionFactory[registerUrl=" + registerUrl
        + ", timeoutMillis=" + timeoutMillis
        + ", trustStorePath=" + trustStorePath
        + ", keyStorePath=" + keyStorePath + "]";
  }
}
