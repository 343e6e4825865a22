package fr.fc.federation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An IdP's answer as text, given up (its connection closed) past a size no token, userinfo or
 * discovery document reaches: an IdP that answers without end must not fill fc's memory.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {

  static final int MAX_BYTES = 256 * 1024;

  private final int maxBytes;
  private final CompletableFuture<String> body = new CompletableFuture<>();
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  BoundedBody(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  static HttpResponse.BodyHandler<String> handler() {
    return answer -> new BoundedBody(MAX_BYTES);
  }

  @Override
  public CompletionStage<String> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      if (body.isDone()) {
        return;
      }
      if (received.size() + buffer.remaining() > maxBytes) {
        subscription.cancel();
        body.completeExceptionally(new IOException("answer over " + maxBytes + " bytes"));
        return;
      }
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      received.writeBytes(bytes);
    }
  }

  @Override
  public void onError(Throwable failure) {
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    body.complete(received.toString(StandardCharsets.UTF_8));
  }
}
