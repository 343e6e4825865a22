package fr.fc.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

  private final AtomicBoolean cancelled = new AtomicBoolean();

  @Test
  void anAnswerWithinTheBoundIsReadWhole() throws Exception {
    BoundedBody body = subscribed(16);
    body.onNext(List.of(bytes("{\"a\":"), bytes("\"é\"}")));
    body.onComplete();

    assertEquals("{\"a\":\"é\"}", body.getBody().toCompletableFuture().get());
  }

  @Test
  void anAnswerPastTheBoundIsGivenUpAndItsConnectionClosed() {
    BoundedBody body = subscribed(8);
    body.onNext(List.of(bytes("12345"), bytes("6789")));
    body.onNext(List.of(bytes("more")));

    ExecutionException refused = assertThrows(ExecutionException.class, () -> body.getBody().toCompletableFuture().get());
    assertInstanceOf(IOException.class, refused.getCause());
    assertTrue(cancelled.get());
  }

  @Test
  void theAnswersCharsetIsReadElseUtf8() {
    assertEquals(StandardCharsets.ISO_8859_1, BoundedBody.charsetOf("application/json; charset=ISO-8859-1"));
    assertEquals(StandardCharsets.UTF_8, BoundedBody.charsetOf("application/json"));
    assertEquals(StandardCharsets.UTF_8, BoundedBody.charsetOf("application/jwt; charset=bogus"));
    assertEquals(StandardCharsets.UTF_8, BoundedBody.charsetOf(""));
  }

  private BoundedBody subscribed(int maxBytes) {
    BoundedBody body = new BoundedBody(maxBytes, StandardCharsets.UTF_8);
    body.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {}

          @Override
          public void cancel() {
            cancelled.set(true);
          }
        });
    return body;
  }

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
