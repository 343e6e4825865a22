package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    Map<String, Object> read =
        UserinfoRequest.read(FcApi.V2, "application/jwt", fcKeys.sign(claims), check);

    assertEquals("DUBOIS", read.get("family_name"));
  }

  @Test
  void readsPlainJson() {
    Map<String, Object> read =
        UserinfoRequest.read(
            FcApi.V2, "application/json", "{\"sub\":\"s\",\"gender\":\"female\"}", check);

    assertEquals("female", read.get("gender"));
  }

  @Test
  void refusesOtherTypes() {
    SpException failure =
        assertThrows(
            SpException.class, () -> UserinfoRequest.read(FcApi.V2, "text/html", "<p>", check));

    assertEquals(SpFailure.USERINFO, failure.failure());
  }

  @Test
  void readsTheV1PlainJsonUserinfo() {
    Map<String, Object> read =
        UserinfoRequest.read(
            FcApi.V1,
            "application/json",
            "{\"sub\":\"legacy-sub-v1\",\"family_name\":\"DUBOIS\",\"birthplace\":\"\"}",
            v1Check());

    assertEquals("DUBOIS", read.get("family_name"));
    assertEquals("", read.get("birthplace"));
  }

  @Test
  void refusesASignedUserinfoFromV1() {
    String jwt = TestKeys.hs256(V1IdTokenCheckTest.idToken(), V1IdTokenCheckTest.SECRET);

    SpException failure =
        assertThrows(
            SpException.class,
            () -> UserinfoRequest.read(FcApi.V1, "application/jwt", jwt, v1Check()));

    assertEquals(SpFailure.USERINFO, failure.failure());
    assertTrue(failure.detail().contains("application/jwt"), failure.detail());
  }

  @Test
  void asksV1ForJsonAndV2ForAJwtFirst() {
    assertEquals(List.of("application/json"), FcApi.V1.userinfoTypes());
    assertEquals("application/jwt", FcApi.V2.userinfoTypes().get(0));
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

  private static FcJwtCheck v1Check() {
    return FcJwtCheck.keyedWithClientSecret(
        V1IdTokenCheckTest.SECRET, V1IdTokenCheckTest.ISSUER, V1IdTokenCheckTest.CLIENT_ID);
  }
}
