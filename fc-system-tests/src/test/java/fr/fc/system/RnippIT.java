package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The RNIPP check through the real connector against the sandbox's simulator over HTTP: what a
 * citizen sees for each answer of the register, and what happens when the register fails.
 */
@ExtendWith(SystemTest.class)
class RnippIT {

  @Test
  void aCorrectedIdentityReachesTheSpInTheRegistersSpelling(FcPlatform fc) throws Exception {
    HttpResponse<String> consent = BrokeredLoginIT.loginAtIdp(fc, new Browser(), "impots", "rnipp_corrige");

    assertEquals(200, consent.statusCode(), consent.body());
    assertTrue(consent.body().contains("José María GARCÍA"), consent.body());
  }

  @Test
  void eachRefusalOfTheRegisterHasItsCodeAndPage(FcPlatform fc) throws Exception {
    Map<String, String> codes =
        Map.of(
            "rnipp_usage", "Y010007",
            "rnipp_homonyme", "Y010006",
            "rnipp_decede", "Y010015",
            "rnipp_inconnu", "Y010008",
            "rnipp_proche", "Y010004");
    for (Map.Entry<String, String> account : codes.entrySet()) {
      HttpResponse<String> page = atCallback(fc, account.getKey());

      assertEquals(403, page.statusCode(), account.getKey());
      assertTrue(page.body().contains(account.getValue()), account.getKey() + ": " + page.body());
    }
  }

  @Test
  void eachFailureOfTheRegisterHasItsCodeAndPage(FcPlatform fc) throws Exception {
    Map<String, String> codes =
        Map.of("rnipp_panne", "Y010012", "rnipp_illisible", "Y010013", "rnipp_lent", "Y010011");
    for (Map.Entry<String, String> account : codes.entrySet()) {
      HttpResponse<String> page = atCallback(fc, account.getKey());

      assertEquals(504, page.statusCode(), account.getKey());
      assertTrue(page.body().contains(account.getValue()), account.getKey() + ": " + page.body());
    }
    assertEquals(303, atCallback(fc, "test").statusCode(), "three failures do not open the circuit");
  }

  @Test
  void oneCitizensFailingIdentityDoesNotTripTheCircuitForEveryone(FcPlatform fc) throws Exception {
    for (int attempt = 0; attempt < 6; attempt++) {
      HttpResponse<String> page = atCallback(fc, "rnipp_panne");
      assertTrue(page.body().contains("Y010012"), "the register's own failure for that identity: " + page.body());
    }

    assertEquals(303, atCallback(fc, "test").statusCode(), "other citizens still log in");
  }

  @Test
  void peopleBornAbroadAndWithPresumedDatesAreFound(FcPlatform fc) throws Exception {
    for (String account : new String[] {"rnipp_etranger", "rnipp_presume", "presume_mois", "espagne"}) {
      HttpResponse<String> consent = BrokeredLoginIT.loginAtIdp(fc, new Browser(), "ameli", account);
      assertEquals(200, consent.statusCode(), account + ": " + consent.body());
    }
  }

  @Test
  void aRegisterOutageFailsFastAndHealsByItself(FcPlatform fc) throws Exception {
    behaviour(fc, "down");
    try {
      for (String citizen : new String[] {"rnipp_etranger", "rnipp_presume", "presume_mois", "espagne"}) {
        assertTrue(atCallback(fc, citizen).body().contains("Y01001"), "a register failure page");
      }
      Instant start = Instant.now();
      HttpResponse<String> open = atCallback(fc, "test");
      Duration failure = Duration.between(start, Instant.now());
      assertEquals(504, open.statusCode());
      assertTrue(open.body().contains("Y010011"), "the open circuit says temporarily unavailable");
      System.out.println("RNIPP down: failure page after " + failure.toMillis() + " ms (IdP round trip included)");
    } finally {
      behaviour(fc, "normal");
    }
    Instant back = Instant.now();
    HttpResponse<String> callback = atCallback(fc, "test");
    while (callback.statusCode() != 303 && Duration.between(back, Instant.now()).toSeconds() < 60) {
      Thread.sleep(500);
      callback = atCallback(fc, "test");
    }
    assertEquals(303, callback.statusCode(), "the login goes on to the information page");
    System.out.println("RNIPP back: logins work again after " + Duration.between(back, Instant.now()).toMillis() + " ms");
  }

  /** What fc shows once the IdP sends the citizen back. */
  private static HttpResponse<String> atCallback(FcPlatform fc, String login) throws Exception {
    Browser browser = new Browser();
    return browser.follow(BrokeredLoginIT.submitIdpLogin(fc, browser, "impots", login));
  }

  /** Sets how the sandbox's register answers, for every node: normal, down (503) or error (500). */
  static void behaviour(FcPlatform fc, String status) throws Exception {
    HttpResponse<String> response =
        fc.http().send(
            HttpRequest.newBuilder(fc.sandbox().url("/rnipp/admin/behaviour"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status=" + status + "&delayMillis=0"))
                .build());
    assertEquals(200, response.statusCode(), response.body());
  }
}
