package fr.fc.admin.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * fc's admin API, at /api/admin: every call carries an operator's token, a MicroProfile JWT (RS256
 * or ES256, its roles in groups) of the issuer and key that fc.admin.token-* name: auditor reads the
 * audit trail, fc-admin runs operations on it. {@link OperatorTokenFilter} checks it: Payara's own
 * MP-JWT mechanism, once on in the EAR, also takes the bearer tokens of the contract's endpoints in
 * the other module (userinfo then answers the container's 401 page), so it stays off.
 */
@ApplicationPath("")
@DeclareRoles({AdminApplication.AUDITOR, AdminApplication.OPERATOR})
@OpenAPIDefinition(
    info = @Info(title = "fc admin API", version = "1", description = "Audit trail for auditors, operations for ministry IT."),
    security = @SecurityRequirement(name = "operator-token"))
@SecurityScheme(securitySchemeName = "operator-token", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class AdminApplication extends Application {

  public static final String AUDITOR = "auditor";
  public static final String OPERATOR = "fc-admin";

  // Jersey describes the endpoints (WADL, naming itself and its version) to any OPTIONS request: not to anyone.
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
