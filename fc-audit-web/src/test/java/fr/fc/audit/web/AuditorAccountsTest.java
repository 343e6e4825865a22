package fr.fc.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** fc.audit.auditors: name:hash entries, the malformed ones named and left out. */
class AuditorAccountsTest {

  private static final String ALICE = AuditorPassword.hash("alice's password".toCharArray());
  private static final String BOB = AuditorPassword.hash("bob's password".toCharArray());

  @Test
  void everyWellFormedEntryIsAnAuditor() {
    AuditorAccounts accounts = AuditorAccounts.parse(" alice:" + ALICE + " , bob:" + BOB + ",");
    assertEquals(Optional.of(ALICE), accounts.password("alice"));
    assertEquals(Optional.of(BOB), accounts.password("bob"));
    assertEquals(Optional.empty(), accounts.password("carol"));
    assertEquals(Optional.empty(), accounts.password(null));
    assertTrue(accounts.problems().isEmpty(), accounts.problems().toString());
  }

  @Test
  void malformedEntriesAreNamedWithoutTheirValue() {
    AuditorAccounts accounts = AuditorAccounts.parse("alice:" + ALICE + ",bob:secret,:" + BOB + ",carol,alice:" + BOB);
    assertEquals(Optional.of(ALICE), accounts.password("alice"));
    assertEquals(Optional.empty(), accounts.password("bob"));
    assertEquals(4, accounts.problems().size(), accounts.problems().toString());
    assertTrue(accounts.problems().stream().noneMatch(problem -> problem.contains("secret") || problem.contains(BOB)));
  }

  @Test
  void noSettingNoAuditor() {
    assertTrue(AuditorAccounts.parse(null).isEmpty());
    assertTrue(AuditorAccounts.parse(" ").isEmpty());
    assertTrue(AuditorAccounts.parse(null).problems().isEmpty());
  }
}
