package kith.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a number of bytes and gives up, dropping the connection, as soon as the body is
 * longer: a Content-Length over the limit fails before any byte is read, a body without one once it passes it.
 */
final class CalendarBodyLimit implements HttpResponse.BodySubscriber<byte[]> {
  /** The failure the response completes with when the body is over the limit. */
  static final class TooLarge extends IOException {
    TooLarge(long maxBytes) {
      super("body over " + maxBytes + " bytes");
    }
  }

  private final long maxBytes;
  private final long declaredLength;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  /** {@code declaredLength} is the Content-Length, or -1 when there is none. */
  CalendarBodyLimit(long maxBytes, long declaredLength) {
    this.maxBytes = maxBytes;
    this.declaredLength = declaredLength;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (declaredLength > maxBytes) {
      tooLarge();
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      if (body.isDone()) {
        return;
      }
      if (received.size() + (long) buffer.remaining() > maxBytes) {
        tooLarge();
        return;
      }
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      received.write(bytes, 0, bytes.length);
    }
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    body.complete(received.toByteArray());
  }

  private void tooLarge() {
    subscription.cancel();
    body.completeExceptionally(new TooLarge(maxBytes));
  }
}
