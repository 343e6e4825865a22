package fr.fc.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.data.TransmittedClaims;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.oidc.AuthorizationRequest;
import fr.fc.oidc.EffectivePrompt;
import fr.fc.registry.RegisteredClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract section 1.13: a tick-box consent only for a private SP with identityConsent. */
class DataTransferNoticeTest {

  private static final List<String> IDENTITY = List.of("given_name", "family_name");

  @Test
  void dataFromADataProviderAlwaysNeedsConsentEvenForAPublicSp() {
    assertEquals(
        DataTransferNotice.CONSENT, DataTransferNotice.of(sp(false, false), IDENTITY, List.of("dgfip_rfr")));
    assertEquals(DataTransferNotice.CONSENT, DataTransferNotice.of(sp(false, false), List.of(), List.of("dgfip_rfr")));
  }

  @Test
  void aPrivateSpWithIdentityConsentMustCollectConsent() {
    DataTransferNotice notice = DataTransferNotice.of(sp(true, true), IDENTITY, List.of());

    assertEquals(DataTransferNotice.CONSENT, notice);
    assertTrue(notice.consentRequired());
  }

  @Test
  void everyOtherSpOnlyInforms() {
    assertEquals(DataTransferNotice.INFORMATION, DataTransferNotice.of(sp(true, false), IDENTITY, List.of()), "private, no flag");
    assertEquals(DataTransferNotice.INFORMATION, DataTransferNotice.of(sp(false, true), IDENTITY, List.of()), "public, flag ignored");
    assertEquals(DataTransferNotice.INFORMATION, DataTransferNotice.of(sp(false, false), IDENTITY, List.of()), "public");
    assertFalse(DataTransferNotice.INFORMATION.consentRequired());
  }

  @Test
  void anAnonymousLoginNeverAsksForConsent() {
    DataTransferNotice notice = DataTransferNotice.of(sp(true, true), List.of(), List.of());

    assertEquals(DataTransferNotice.ANONYMOUS, notice);
    assertFalse(notice.consentRequired());
  }

  @Test
  void onlyAWhitelistedPromptLoginSkipsThePageAndNeverTheConsent() {
    EffectivePrompt login = EffectivePrompt.of(List.of("login"), Set.of("login"));
    EffectivePrompt rewritten = EffectivePrompt.of(List.of("login"), Set.of());

    assertTrue(DataTransferNotice.INFORMATION.skippedBy(login));
    assertTrue(DataTransferNotice.ANONYMOUS.skippedBy(login));
    assertFalse(DataTransferNotice.CONSENT.skippedBy(login), "consent is never skipped");
    for (DataTransferNotice notice : DataTransferNotice.values()) {
      assertFalse(notice.skippedBy(rewritten), notice + " with login consent");
    }
  }

  @Test
  void openidAndTechnicalScopesTransmitNoIdentity() {
    VerifiedIdentity identity = identity();

    assertEquals(List.of(), ConsentService.transmitted(request("openid"), identity));
    assertEquals(List.of(), ConsentService.transmitted(request("openid", "amr", "idp_id"), identity));
    assertEquals(List.of("family_name", "birthplace"), ConsentService.transmitted(request("openid", "family_name", "birthplace"), identity));
  }

  @Test
  void theViewSaysWhichPageToShow() {
    ConsentView consent =
        new ConsentView("uid", "csrf", "SP", "Angela DUBOIS",
            List.of(TransmittedClaims.identity(IDENTITY)), DataTransferNotice.CONSENT, null);
    ConsentView anonymous = new ConsentView("uid", "csrf", "SP", "Angela DUBOIS", List.of(), DataTransferNotice.ANONYMOUS, null);

    assertTrue(consent.consentRequired());
    assertFalse(consent.anonymous());
    assertTrue(anonymous.anonymous());
    assertFalse(anonymous.consentRequired());
  }

  static RegisteredClient sp(boolean privateSector, boolean identityConsent) {
    return RegisteredClient.builder("sp")
        .scopes(Set.of("openid", "profile"))
        .privateSector(privateSector)
        .identityConsent(identityConsent)
        .build();
  }

  private static AuthorizationRequest request(String... scopes) {
    return new AuthorizationRequest(
        "sp", "https://sp.example.gouv.fr/cb", List.of(scopes), "state", "nonce", "eidas1", List.of(), null,
        false, null, null, null);
  }

  private static VerifiedIdentity identity() {
    LinkedHashMap<String, Object> claims = new LinkedHashMap<>();
    claims.put("given_name", "Angela");
    claims.put("family_name", "DUBOIS");
    claims.put("birthplace", "75107");
    return new VerifiedIdentity("impots", claims, "subv1", "eidas1", List.of("pwd"), 1_700_000_000L);
  }
}
