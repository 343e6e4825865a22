package fr.fc.sandbox.dp;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The data provider's one rule (contract section 3.1, the FD example): ask fc about the SP's access
 * token; an inactive token gets nothing (401); a token without any of this provider's scopes gets
 * nothing (403); a citizen matching no single household gets nothing (404); otherwise the
 * household's fields of the granted scopes.
 */
@ApplicationScoped
class TaxDataService {

  @Inject DpConfiguration configuration;
  @Inject DpKeys keys;
  @Inject CheckTokenCall checkToken;
  @Inject TaxHouseholds households;

  private IntrospectionReader reader;

  @PostConstruct
  void start() {
    reader =
        new IntrospectionReader(
            keys.decryptionKeys(),
            FcSigningKeys.at(configuration.fcJwksUri()),
            configuration.fcIssuer(),
            configuration.clientId());
  }

  /** The tax data the citizen behind this access token agreed to share. */
  Map<String, Object> release(String accessToken) {
    TokenIntrospection introspection = reader.read(checkToken.introspect(accessToken));
    return release(introspection, households);
  }

  static Map<String, Object> release(TokenIntrospection introspection, TaxHouseholds households) {
    if (!introspection.active()) {
      throw new DpException(
          DpError.INVALID_TOKEN, "fc says the access token is unknown, expired or revoked");
    }
    if (DgfipScopes.served(introspection.scopes()).isEmpty()) {
      throw new DpException(
          DpError.INSUFFICIENT_SCOPE, "the citizen granted no scope of this data provider");
    }
    TaxHousehold household = households.of(introspection.citizen());
    return DgfipScopes.release(household.taxData(), introspection.scopes());
  }
}
