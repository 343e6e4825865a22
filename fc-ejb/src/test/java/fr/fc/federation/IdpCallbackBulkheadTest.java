package fr.fc.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdpCallbackBulkheadTest {

  private final IdpCallbackBulkhead bulkhead = new IdpCallbackBulkhead(2);

  @Test
  void refusesACallbackPastTheBoundAtOnceAndTakesOneAgainOnceAPlaceIsFree() throws Exception {
    CountDownLatch waiting = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = threads.submit(() -> bulkhead.run(() -> slow(waiting, release)));
      Future<String> second = threads.submit(() -> bulkhead.run(() -> slow(waiting, release)));
      waiting.await(5, TimeUnit.SECONDS);

      FcException refused = assertThrows(FcException.class, () -> bulkhead.run(() -> "third"));
      assertEquals(FcError.IDP_LOGINS_SATURATED, refused.error());

      release.countDown();
      assertEquals("done", first.get(5, TimeUnit.SECONDS));
      assertEquals("done", second.get(5, TimeUnit.SECONDS));
      assertEquals("third", bulkhead.run(() -> "third"));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void freesItsPlaceWhenTheCallbackFails() {
    IdpCallbackBulkhead one = new IdpCallbackBulkhead(1);
    assertThrows(IllegalStateException.class, () -> one.run(() -> { throw new IllegalStateException("IdP down"); }));
    assertEquals("next", one.run(() -> "next"));
  }

  private static String slow(CountDownLatch waiting, CountDownLatch release) {
    waiting.countDown();
    try {
      release.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "done";
  }
}
