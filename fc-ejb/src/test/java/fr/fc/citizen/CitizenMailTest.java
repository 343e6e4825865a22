package fr.fc.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditContext;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitizenMailTest {

  private static final Instant AT = Instant.parse("2026-07-14T08:05:00Z");

  @Test
  void theNoticeNamesTheServiceTheIdpTheParisTimeTheCodeAndTheSpace() {
    CitizenMail mail =
        CitizenMail.of(
            new LoginNotice(
                "citizen@example.org", "Impôts", "Ameli", AT, "ABCD-1234", new AuditContext("f", "sp", "ameli"),
                "sub", "https://fc.example/espace/"));
    assertEquals("citizen@example.org", mail.to());
    assertTrue(mail.subject().contains("Impôts"), mail.subject());
    assertTrue(mail.text().contains("« Impôts »"), mail.text());
    assertTrue(mail.text().contains("« Ameli »"), mail.text());
    assertTrue(mail.text().contains("14 juillet 2026 à 10h05"), mail.text());
    assertTrue(mail.text().contains("14 July 2026 at 10:05"), mail.text());
    assertTrue(mail.text().contains("Code de la connexion : ABCD-1234"), mail.text());
    assertTrue(mail.text().contains("https://fc.example/espace/"), mail.text());
    assertFalse(mail.toString().contains("citizen@example.org"));
  }

  @Test
  void theConfirmationListsWhatIsBlocked() {
    CitizenMail mail = CitizenMail.preferencesChanged("c@example.org", AT, List.of("Ameli", "La Poste"), false, "u");
    assertTrue(mail.text().contains("Comptes bloqués : Ameli, La Poste."), mail.text());
    assertTrue(mail.text().contains("Nouveaux fournisseurs d'identité : bloqués."), mail.text());
    assertTrue(mail.text().contains("Blocked accounts: Ameli, La Poste."), mail.text());
  }
}
