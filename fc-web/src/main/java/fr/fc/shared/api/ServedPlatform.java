package fr.fc.shared.api;

import fr.fc.shared.config.Platform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The platform a request came through: FranceConnect+ when {@link PlusPaths} brought it from under
 * /plus, else the standard platform. The v1 endpoints say their own.
 */
@RequestScoped
public class ServedPlatform {

  static final String ATTRIBUTE = ServedPlatform.class.getName();

  @Inject private HttpServletRequest request;

  public Platform platform() {
    return Platform.PLUS.equals(request.getAttribute(ATTRIBUTE)) ? Platform.PLUS : Platform.V2;
  }
}
