package fr.fc.citizen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdpChoicesTest {

  @Test
  void anIdpTheCitizenChoseAboutFollowsTheirChoiceTheOthersTheirChoiceForNewOnes() {
    IdpChoices.Chosen closed = new IdpChoices.Chosen(Map.of("ameli", true, "impots", false), false);
    assertTrue(closed.allows("ameli"));
    assertFalse(closed.allows("impots"));
    assertFalse(closed.allows("registered-later"));
    IdpChoices.Chosen open = new IdpChoices.Chosen(Map.of("impots", false), true);
    assertTrue(open.allows("registered-later"));
    assertFalse(open.allows("impots"));
  }

  @Test
  void theSpaceIsRegisteredAsItsOwnEntityWithItsCallbackAndNothingMore() {
    String file =
        SpaceRegistration.registryFile(
            new SpaceClient(CitizenSpace.CLIENT_ID, "s3cret", "https://fc.example/api/v2",
                "https://fc.example/espace/callback", "https://fc.example/espace/"));
    assertTrue(file.contains("\"entityId\":\"fc-mon-espace\""), file);
    assertTrue(file.contains("\"redirectUris\":[\"https://fc.example/espace/callback\"]"), file);
    assertTrue(file.contains("\"scopes\":[\"openid\",\"given_name\",\"family_name\",\"email\"]"), file);
  }

  @Test
  void aChecktokenDetailNamesItsDataProvider() {
    assertTrue("dgfip".equals(CitizenSpace.dataProviderOf("{\"data_provider\":\"dgfip\"}")));
    assertTrue(CitizenSpace.dataProviderOf("not json") == null);
    assertTrue(CitizenSpace.dataProviderOf(null) == null);
  }
}
