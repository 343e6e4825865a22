package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.registry.model.DataProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/** A data provider from the import file to the database row to the snapshot, through one mapping. */
class DataProviderMappingTest {

  private static final KnownScopes KNOWN = fr.fc.data.ScopeCatalogue.knownScopesNow();

  private static Map<String, Object> entry() {
    Map<String, Object> entry = new HashMap<>();
    entry.put("id", "dgfip");
    entry.put("title", "Direction générale des Finances publiques");
    entry.put("clientId", "dgfip-dp");
    entry.put("clientSecret", "a-data-provider-secret");
    entry.put("scopes", List.of("dgfip_rfr", "dgfip_nbpart"));
    entry.put("jwksUri", "https://dp.example.gouv.fr/jwks");
    entry.put("checktokenSignedResponseAlg", "RS256");
    entry.put("checktokenEncryptedResponseAlg", "RSA-OAEP-256");
    return entry;
  }

  @Test
  void everyFieldReachesTheSnapshotTheSecretHashed() {
    DataProviderRegistration registration = DataProviderMapping.fromJson(entry(), KNOWN);
    DataProvider row = new DataProvider(registration.uid());
    DataProviderMapping.register(row, registration);
    row.activate(registration.active());
    row.useSecret(ClientSecrets.hash(registration.clientSecret()));

    RegisteredDataProvider snapshot = DataProviderMapping.snapshot(row);

    assertEquals(
        new RegisteredDataProvider(
            "dgfip", "Direction générale des Finances publiques", "dgfip-dp", ClientSecrets.hash("a-data-provider-secret"),
            Set.of("dgfip_rfr", "dgfip_nbpart"), "https://dp.example.gouv.fr/jwks", "RS256", "RSA-OAEP-256", "A256GCM", null),
        snapshot);
    assertTrue(row.isActive());
  }

  @Test
  void defaultsToEs256AndEcdhEs() {
    Map<String, Object> entry = entry();
    entry.remove("checktokenSignedResponseAlg");
    entry.remove("checktokenEncryptedResponseAlg");

    DataProviderRegistration registration = DataProviderMapping.fromJson(entry, KNOWN);

    assertEquals("ES256", registration.signedResponseAlg());
    assertEquals("ECDH-ES", registration.encryptedResponseAlg());
    assertEquals("A256GCM", registration.encryptedResponseEnc());
  }

  @Test
  void refusesWhatTheContractDoesNotAllow() {
    for (Map.Entry<String, Object> wrong :
        List.of(
            Map.entry("checktokenSignedResponseAlg", (Object) "HS256"),
            Map.entry("checktokenEncryptedResponseAlg", (Object) "RSA1_5"),
            Map.entry("checktokenEncryptedResponseEnc", (Object) "A128CBC-HS256"),
            Map.entry("jwksUri", (Object) "/relative/jwks"),
            Map.entry("scopes", (Object) List.of()))) {
      Map<String, Object> entry = entry();
      entry.put(wrong.getKey(), wrong.getValue());
      assertThrows(IllegalArgumentException.class, () -> DataProviderMapping.fromJson(entry, KNOWN), wrong.getKey());
    }
  }

  @Test
  void itsExportReadBackIsTheSameEntryWithoutTheSecret() throws JoseException {
    Map<String, Object> entry = entry();
    entry.put("active", false);
    entry.put("scopes", List.of("dgfip_rfr", "dgfip_nbpart", "dgfip_rfr"));
    Map<String, Object> exported = DataProviderMapping.json(DataProviderMapping.fromJson(entry, KNOWN));

    Map<String, Object> again =
        DataProviderMapping.json(DataProviderMapping.fromJson(JsonUtil.parseJson(JsonUtil.toJson(exported)), KNOWN));

    assertEquals(exported, again);
    assertEquals(exported, DataProviderMapping.json(DataProviderMapping.fromJson(exported, KNOWN)));
    assertFalse(exported.containsKey("clientSecret"), exported.keySet().toString());
    assertEquals(List.of("dgfip_nbpart", "dgfip_rfr"), exported.get("scopes"));
  }
}
