package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class UserinfoRequestTest {

  private final TestKeys fcKeys = new TestKeys();
  private final FcJwtCheck check =
      new FcJwtCheck(fcKeys.resolver(), FcJwtCheckTest.ISSUER, FcJwtCheckTest.CLIENT_ID);

  @Test
  void readsASignedUserinfo() {
    JwtClaims claims = FcJwtCheckTest.idToken();
    claims.setStringClaim("family_name", "DUBOIS");

    Map<String, Object> read = UserinfoRequest.read("application/jwt", fcKeys.sign(claims), check);

    assertEquals("DUBOIS", read.get("family_name"));
  }

  @Test
  void readsPlainJson() {
    Map<String, Object> read =
        UserinfoRequest.read("application/json", "{\"sub\":\"s\",\"gender\":\"female\"}", check);

    assertEquals("female", read.get("gender"));
  }

  @Test
  void refusesOtherTypes() {
    SpException failure =
        assertThrows(SpException.class, () -> UserinfoRequest.read("text/html", "<p>", check));

    assertEquals(SpFailure.USERINFO, failure.failure());
  }

  @Test
  void showsTheKnownClaimsInOrderAndSkipsAbsentOnes() {
    LoggedInCitizen citizen =
        new LoggedInCitizen(
            "id.token",
            Map.of("family_name", "DUBOIS", "sub", "s1", "aud", "sp", "email", "a@example.fr"));

    assertEquals(
        List.of(
            new LoggedInCitizen.Claim("sub", "s1"),
            new LoggedInCitizen.Claim("family_name", "DUBOIS"),
            new LoggedInCitizen.Claim("email", "a@example.fr")),
        citizen.shownClaims());
  }
}
