package fr.fc.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.session.CompletedLogin;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A login's form sent twice: one code, and the same way back to the SP both times. */
class LoginCompletionTest {

  private static final URI FIRST = URI.create("https://sp.example.gouv.fr/cb?code=first&state=s");
  private static final URI SECOND = URI.create("https://sp.example.gouv.fr/cb?code=second&state=s");

  /** Expired entries are simply absent, as in the grid. */
  private final Map<String, CompletedLogin> completed = new HashMap<>();
  private final AtomicInteger codesIssued = new AtomicInteger();
  private final LoginCompletion completion =
      new LoginCompletion(
          login -> Optional.ofNullable(completed.putIfAbsent(login.uid(), login)),
          uid -> Optional.ofNullable(completed.get(uid)));

  @Test
  void theFirstSubmissionIssuesTheCode() {
    assertEquals(FIRST, completion.complete(new CompletedLogin("uid", "csrf", FIRST), codesIssued::incrementAndGet));

    assertEquals(1, codesIssued.get());
  }

  @Test
  void twoSubmissionsAtOnceIssueOneCodeAndGetTheSameRedirect() {
    completion.complete(new CompletedLogin("uid", "csrf", FIRST), codesIssued::incrementAndGet);

    URI second = completion.complete(new CompletedLogin("uid", "csrf", SECOND), codesIssued::incrementAndGet);

    assertEquals(FIRST, second);
    assertEquals(1, codesIssued.get(), "no second code");
  }

  @Test
  void theFormSentAgainAfterTheLoginEndedGetsTheSameRedirect() {
    completion.complete(new CompletedLogin("uid", "csrf", FIRST), codesIssued::incrementAndGet);

    assertEquals(FIRST, completion.repeated("uid", "csrf"));
  }

  @Test
  void anotherFormOrAnExpiredLoginFindsTheInteractionUnknown() {
    completion.complete(new CompletedLogin("uid", "csrf", FIRST), codesIssued::incrementAndGet);

    for (String[] form : new String[][] {{"uid", "other"}, {"uid", null}, {"uid", ""}, {"other", "csrf"}, {null, "csrf"}}) {
      FcException refused = assertThrows(FcException.class, () -> completion.repeated(form[0], form[1]));
      assertEquals(FcError.INTERACTION_UNKNOWN, refused.error());
    }
    completed.clear();
    assertEquals(FcError.INTERACTION_UNKNOWN, assertThrows(FcException.class, () -> completion.repeated("uid", "csrf")).error());
  }
}
