package fr.fc.federation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IdP's answer as text, given up (its connection closed) past a size no token, userinfo or
 * discovery document reaches: an IdP that answers without end must not fill fc's memory.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {

  static final int MAX_BYTES = 256 * 1024;

  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

  private final int maxBytes;
  private final Charset charset;
  private final CompletableFuture<String> body = new CompletableFuture<>();
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  BoundedBody(int maxBytes, Charset charset) {
    this.maxBytes = maxBytes;
    this.charset = charset;
  }

  static HttpResponse.BodyHandler<String> handler() {
    return answer -> new BoundedBody(MAX_BYTES, charsetOf(answer.headers().firstValue("Content-Type").orElse("")));
  }

  /** The charset the answer names, if this JVM has it; UTF-8 otherwise, JSON's and JWT's. */
  static Charset charsetOf(String contentType) {
    Matcher named = CHARSET.matcher(contentType);
    try {
      return named.find() && Charset.isSupported(named.group(1)) ? Charset.forName(named.group(1)) : StandardCharsets.UTF_8;
    } catch (IllegalCharsetNameException unknown) {
      return StandardCharsets.UTF_8;
    }
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
    body.complete(received.toString(charset));
  }
}
