package fr.fc.oidc;

import static fr.fc.oidc.TokenFixtures.ALL_SCOPES;
import static fr.fc.oidc.TokenFixtures.CLIENT_ID;
import static fr.fc.oidc.TokenFixtures.ISSUER;
import static fr.fc.oidc.TokenFixtures.ISSUER_URL;
import static fr.fc.oidc.TokenFixtures.SUB;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.crypto.ClaimsSigner;
import fr.fc.crypto.SigningKeySet;
import fr.fc.session.AccessToken;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The userinfo payload (contract sections 1.5 and 1.6): sub, the granted scopes' claims, and the JWT's. */
class UserinfoClaimsTest {

  static final long ISSUED_AT = 1_700_000_000L;
  static final long NOW = ISSUED_AT + 10;
  static final Set<String> JWT_CLAIMS = Set.of("sub", "aud", "exp", "iat", "iss");

  static AccessToken token(List<String> scopes, LinkedHashMap<String, Object> identity) {
    return new AccessToken("t", CLIENT_ID, scopes, SUB, "eidas1", identity, "impots", ISSUED_AT, ISSUED_AT + 60, "flow");
  }

  private static Map<String, Object> claims(List<String> scopes) {
    return UserinfoClaims.of(token(scopes, TokenFixtures.identity()), ISSUER, NOW).getClaimsMap();
  }

  @Test
  void everyV2ScopeGivesTheContractsFifteenClaims() {
    Map<String, Object> claims = claims(ALL_SCOPES);

    assertEquals(
        Set.of(
            "sub",
            "given_name",
            "given_name_array",
            "family_name",
            "birthdate",
            "idp_birthdate",
            "gender",
            "preferred_username",
            "birthcountry",
            "birthplace",
            "email",
            "aud",
            "exp",
            "iat",
            "iss"),
        claims.keySet());
    assertEquals(List.of("Angela", "Claire", "Louise"), claims.get("given_name_array"));
    assertEquals("", claims.get("preferred_username"));
  }

  @Test
  void openidAloneGivesSubAndTheJwtsClaims() {
    Map<String, Object> claims = claims(List.of("openid"));

    assertEquals(JWT_CLAIMS, claims.keySet());
    assertEquals(SUB, claims.get("sub"));
    assertEquals(CLIENT_ID, claims.get("aud"));
    assertEquals(ISSUER_URL, claims.get("iss"));
    assertEquals(NOW, claims.get("iat"));
    assertEquals(ISSUED_AT + 60, claims.get("exp"));
  }

  @Test
  void eachScopeReleasesItsOwnClaims() {
    assertEquals(
        Set.of("given_name", "given_name_array", "family_name", "birthdate", "gender", "preferred_username"),
        released(List.of("openid", "profile")));
    assertEquals(Set.of("birthplace", "birthcountry"), released(List.of("openid", "birth")));
    assertEquals(
        Set.of("given_name", "given_name_array", "family_name", "birthdate", "gender", "birthplace", "birthcountry"),
        released(List.of("openid", "identite_pivot")));
    assertEquals(Set.of("given_name", "given_name_array"), released(List.of("openid", "given_name")));
    assertEquals(Set.of("email"), released(List.of("openid", "email")));
    assertEquals(Set.of("idp_birthdate"), released(List.of("openid", "idp_birthdate")));
  }

  @Test
  void aDataScopeReleasesNoIdentityClaim() {
    assertEquals(Set.of(), released(List.of("openid", "dgfip_rfr")));
  }

  @Test
  void aClaimFcDoesNotHoldIsLeftOut() {
    LinkedHashMap<String, Object> identity = TokenFixtures.identity();
    identity.remove("preferred_username");
    identity.put("email", null);

    Map<String, Object> claims =
        UserinfoClaims.of(token(ALL_SCOPES, identity), ISSUER, NOW).getClaimsMap();

    assertEquals(13, claims.size());
  }

  @Test
  void signedForTheSpItVerifiesWithThePublishedKeys() throws Exception {
    SigningKeySet keys = SigningKeySet.generate();
    JwtClaims payload = UserinfoClaims.of(token(ALL_SCOPES, TokenFixtures.identity()), ISSUER, NOW);

    String jwt = new ClaimsSigner(keys, Instant.ofEpochSecond(NOW)).sign(payload, "RS256", null);

    JwtClaims read = SignedJwts.verify(jwt, keys, CLIENT_ID, NOW);
    assertEquals("DUBOIS", read.getStringClaimValue("family_name"));
    assertEquals(15, read.getClaimsMap().size());
  }

  private static Set<String> released(List<String> scopes) {
    Set<String> claims = new java.util.HashSet<>(claims(scopes).keySet());
    claims.removeAll(JWT_CLAIMS);
    return claims;
  }
}
