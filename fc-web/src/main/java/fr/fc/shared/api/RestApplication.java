package fr.fc.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Every JAX-RS endpoint of fc lives under /api: /api/v2 is the contract's, /api/v1 its legacy. */
@ApplicationPath("/api")
public class RestApplication extends Application {

  // Jersey describes the endpoints (WADL, naming itself and its version) to any OPTIONS request: not to anyone.
  private static final Map<String, Object> PROPERTIES = Map.of("jersey.config.server.wadl.disableWadl", true);

  @Override
  public Map<String, Object> getProperties() {
    return PROPERTIES;
  }
}
