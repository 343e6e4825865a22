package fr.fc.shared.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The client_id a request names, as sent, so that the log line of its error says which SP sent it
 * (FcExceptionMapper): a form is read once, by the endpoint. Never trusted for anything else.
 */
@RequestScoped
public class RequestClient {

  private String clientId;

  /** @param parameters the request's query or form; null when it has none */
  public void named(MultivaluedMap<String, String> parameters) {
    clientId = parameters == null ? null : parameters.getFirst("client_id");
  }

  /** @return the first client_id of the request, null when it named none or no endpoint read it */
  public String clientId() {
    return clientId;
  }
}
