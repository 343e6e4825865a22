package fr.fc.sandbox.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaughtMailsTest {

  private static final Instant START = Instant.parse("2025-01-02T08:00:00Z");

  @Test
  void keepsTheLast500AndDropsTheOldest() {
    CaughtMails mails = new CaughtMails(CaughtMails.CAPACITY);

    for (int i = 0; i < CaughtMails.CAPACITY + 3; i++) {
      mails.add(mail(i, "jean.dubois@example.org"));
    }

    List<CaughtMail> kept = mails.newestFirst(RecipientFilter.ALL);
    assertEquals(500, kept.size());
    assertEquals("message 502", kept.get(0).subject());
    assertEquals("message 3", kept.get(499).subject());
  }

  @Test
  void listsTheNewestFirst() {
    CaughtMails mails = new CaughtMails(10);
    mails.add(mail(1, "a@example.org"));
    mails.add(mail(2, "b@example.org"));
    mails.add(mail(3, "a@example.org"));

    assertEquals(
        List.of("message 3", "message 2", "message 1"),
        mails.newestFirst(RecipientFilter.ALL).stream().map(CaughtMail::subject).toList());
  }

  @Test
  void filtersOnTheWholeRecipientInAnyCase() {
    CaughtMails mails = new CaughtMails(10);
    mails.add(mail(1, "Jean.Dubois@Example.org"));
    mails.add(mail(2, "jean.dubois@example.org.evil"));
    mails.add(mail(3, "marie@example.org"));

    List<CaughtMail> jean = mails.newestFirst(RecipientFilter.of(" jean.dubois@EXAMPLE.org "));

    assertEquals(List.of("message 1"), jean.stream().map(CaughtMail::subject).toList());
    assertTrue(mails.newestFirst(RecipientFilter.of("example.org")).isEmpty());
  }

  @Test
  void aBlankFilterKeepsEverything() {
    assertEquals(RecipientFilter.ALL, RecipientFilter.of(null));
    assertEquals(RecipientFilter.ALL, RecipientFilter.of("  "));
  }

  @Test
  void anAddressLongerThan254CharactersIsNoFilter() {
    String longest = "a".repeat(242) + "@example.org";
    assertEquals(254, longest.length());

    assertEquals(longest, RecipientFilter.of(longest).address());
    IllegalArgumentException tooLong =
        assertThrows(IllegalArgumentException.class, () -> RecipientFilter.of("b" + longest));
    assertEquals("to is longer than 254 characters", tooLong.getMessage());
  }

  @Test
  void keepsAtLeastOne() {
    assertThrows(IllegalArgumentException.class, () -> new CaughtMails(0));
  }

  static CaughtMail mail(int n, String to) {
    return new CaughtMail(
        START.plusSeconds(n), "fc <ne-pas-repondre@fc.example>", to, "message " + n, "texte " + n);
  }
}
