package fr.fc.citizen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.citizen.Connection;
import fr.fc.citizen.DataTransfer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The downloads: CSV rows in the citizen's language, Paris time; JSON in UTC. */
class ConnectionExportTest {

  private static final List<Connection> CONNECTIONS =
      List.of(
          new Connection(
              "ABCD-1234", Instant.parse("2024-07-14T08:05:00Z"), "=Service, \"d\u00e9mo\"", "Imp\u00f4ts", "eidas1",
              List.of(new DataTransfer(Instant.parse("2024-07-14T08:05:30Z"), "DGFiP")), true),
          new Connection("EF01-2345", Instant.parse("2024-01-02T23:30:00Z"), "Ameli", "La Poste", "eidas1", List.of(), false));

  @Test
  void csvInFrenchWithParisTime() throws Exception {
    StringBuilder out = new StringBuilder();
    Csv.write(ConnectionExport.csvRows(CONNECTIONS, ResourceBundle.getBundle(ViewText.BUNDLE, Locale.FRENCH), new SpaceFormats()), out);
    assertEquals(
        "Date et heure (heure de Paris),Service,Fournisseur d'identit\u00e9,Niveau,Code,Donn\u00e9es transmises,Signal\u00e9e\r\n"
            + "2024-07-14 10:05:00,\"'=Service, \"\"d\u00e9mo\"\"\",Imp\u00f4ts,eidas1,ABCD-1234,Donn\u00e9es de DGFiP le 2024-07-14 10:05:30,oui\r\n"
            + "2024-01-03 00:30:00,Ameli,La Poste,eidas1,EF01-2345,,non\r\n",
        out.toString());
  }

  @Test
  void csvHeaderInEnglish() {
    List<List<String>> rows = ConnectionExport.csvRows(List.of(), ResourceBundle.getBundle(ViewText.BUNDLE, Locale.ENGLISH), new SpaceFormats());
    assertEquals(List.of(List.of("Date and time (Paris time)", "Service", "Identity provider", "Level", "Code", "Data sent", "Reported")), rows);
  }

  @Test
  void jsonArray() {
    assertEquals(
        "[{\"code\":\"ABCD-1234\",\"at\":\"2024-07-14T08:05:00Z\",\"service\":\"=Service, \\\"d\u00e9mo\\\"\",\"identityProvider\":\"Imp\u00f4ts\","
            + "\"acr\":\"eidas1\",\"dataTransfers\":[{\"dataProvider\":\"DGFiP\",\"at\":\"2024-07-14T08:05:30Z\"}],\"reported\":true},"
            + "{\"code\":\"EF01-2345\",\"at\":\"2024-01-02T23:30:00Z\",\"service\":\"Ameli\",\"identityProvider\":\"La Poste\","
            + "\"acr\":\"eidas1\",\"dataTransfers\":[],\"reported\":false}]",
        ConnectionExport.json(CONNECTIONS));
    assertEquals("[]", ConnectionExport.json(List.of()));
  }
}
