package fr.fc.registry;

import java.util.regex.Pattern;

/** The three kinds of partners of the registry, with their names in files, the API and messages. */
public enum PartnerKind {
  SERVICE_PROVIDER("serviceProvider", "serviceProviders", "service-providers", "service provider"),
  IDENTITY_PROVIDER("identityProvider", "identityProviders", "identity-providers", "identity provider"),
  DATA_PROVIDER("dataProvider", "dataProviders", "data-providers", "data provider");

  /** What a partner's id (a client_id, an IdP's or a data provider's id) may hold. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String jsonName;
  private final String fileList;
  private final String path;
  private final String label;

  PartnerKind(String jsonName, String fileList, String path, String label) {
    this.jsonName = jsonName;
    this.fileList = fileList;
    this.path = path;
    this.label = label;
  }

  /** Its name in an import answer: serviceProvider. */
  public String jsonName() {
    return jsonName;
  }

  /** The list that holds its entries in a registry file: serviceProviders. */
  public String fileList() {
    return fileList;
  }

  /** Its path under /api/admin: service-providers. */
  public String path() {
    return path;
  }

  /** Its name in messages: service provider. */
  public String label() {
    return label;
  }

  /** Whether fc generates and rotates its secret (it does not for IdPs, which issue their own). */
  public boolean hasGeneratedSecret() {
    return this != IDENTITY_PROVIDER;
  }
}
