package fr.fc.sandbox.idp;

import static fr.fc.sandbox.idp.TestRequests.basic;
import static fr.fc.sandbox.idp.TestRequests.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClientCredentialsTest {

  @Test
  void readsClientSecretBasic() {
    ClientCredentials credentials = ClientCredentials.of(basic("fc:s%3Acret"), form());

    assertEquals(new ClientCredentials("fc", "s:cret"), credentials);
  }

  @Test
  void readsClientSecretPost() {
    ClientCredentials credentials =
        ClientCredentials.of(null, form("client_id", "fc", "client_secret", "secret"));

    assertEquals(new ClientCredentials("fc", "secret"), credentials);
  }

  @Test
  void refusesTwoMethodsAtOnce() {
    OAuthError error =
        assertThrows(
            OAuthError.class,
            () -> ClientCredentials.of(basic("fc:secret"), form("client_secret", "secret")));
    assertEquals("invalid_request", error.code());
  }

  @Test
  void refusesMissingOrMalformedCredentials() {
    assertEquals("invalid_client", failure(null, form("client_id", "fc")).code());
    assertEquals(401, failure(null, form()).status());
    assertEquals("invalid_client", failure("Basic !!!", form()).code());
    assertEquals("invalid_client", failure(basic("no-colon"), form()).code());
    assertEquals("invalid_client", failure("Bearer abc", form()).code());
  }

  private static OAuthError failure(String authorization, Parameters form) {
    return assertThrows(OAuthError.class, () -> ClientCredentials.of(authorization, form));
  }
}
