package fr.fc.shared.api;

import jakarta.enterprise.context.RequestScoped;

/** The client rate a request was admitted under, charged once fc knows the client authenticated. */
@RequestScoped
public class ClientCharge {

  private RequestLimit limit;
  private String clientId;

  void admitted(RequestLimit limit, String clientId) {
    this.limit = limit;
    this.clientId = clientId;
  }

  RequestLimit limit() {
    return limit;
  }

  String clientId() {
    return clientId;
  }
}
