package fr.fc.sandbox.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;

class CaughtMailTest {

  @Test
  void theApiListsTheMessagesAsJsonObjectsInTheirOrder() throws Exception {
    CaughtMail notice =
        new CaughtMail(
            Instant.parse("2025-01-02T08:15:30.250Z"),
            "fc <ne-pas-repondre@fc.example>",
            "jean.dubois@example.org",
            "Connexion à « Impôts »",
            "Bonjour \"Jean\",\nc'est bien vous ?");
    CaughtMail older = CaughtMailsTest.mail(1, "marie@example.org");

    String json = CaughtMail.toJsonArray(List.of(notice, older));

    List<?> mails = (List<?>) JsonUtil.parseJson("{\"mails\":" + json + "}").get("mails");
    assertEquals(2, mails.size());
    assertEquals(
        Map.of(
            "received", "2025-01-02T08:15:30.250Z",
            "from", "fc <ne-pas-repondre@fc.example>",
            "to", "jean.dubois@example.org",
            "subject", "Connexion à « Impôts »",
            "text", "Bonjour \"Jean\",\nc'est bien vous ?"),
        mails.get(0));
    assertEquals("message 1", ((Map<?, ?>) mails.get(1)).get("subject"));
  }

  @Test
  void anEmptyListIsAnEmptyArray() {
    assertEquals("[]", CaughtMail.toJsonArray(List.of()));
  }

  @Test
  void itsFieldsAreInTheDocumentedOrder() {
    assertEquals(
        List.of("received", "from", "to", "subject", "text"),
        List.copyOf(CaughtMailsTest.mail(1, "a@example.org").toJson().keySet()));
  }
}
