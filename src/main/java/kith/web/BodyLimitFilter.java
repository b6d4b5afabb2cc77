package kith.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses an oversized request with 413 before Bolt reads it. A body without a length (chunked) is capped as it is
 * read: Bolt reads the whole body, so it reads through {@link LimitedRequest}.
 *
 * <p>Before the 413 goes out, the rest of the body is read and dropped, up to {@link #DRAIN_FACTOR} times the limit:
 * answered with a body left unread, the server closes the connection on a client still sending, and the reset can
 * reach the client before the answer does, so that it sees its request fail rather than the 413 (seen once in
 * {@code SlackRulesIT} on a loaded machine). A body longer still is not worth reading: its connection is closed.
 */
final class BodyLimitFilter implements Filter {
  /** How many limits' worth of an oversized body are read to its end before the refusal. */
  static final int DRAIN_FACTOR = 8;

  private final long maxBytes;

  BodyLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (http.getContentLengthLong() > maxBytes) {
      if (http.getContentLengthLong() <= maxBytes * DRAIN_FACTOR) {
        discardRest(http);
      }
      tooLarge((HttpServletResponse) response);
      return;
    }
    try {
      chain.doFilter(new LimitedRequest(http, maxBytes), response);
    } catch (LimitedRequest.TooLargeException e) {
      if (!response.isCommitted()) {
        discardRest(http);
        tooLarge((HttpServletResponse) response);
      }
    }
  }

  /** Reads what is left of the body, up to the drain's bound, and drops it; a client that gives up ends it. */
  private void discardRest(HttpServletRequest request) {
    byte[] buffer = new byte[8192];
    long left = maxBytes * DRAIN_FACTOR;
    try {
      InputStream in = request.getInputStream();
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= n;
      }
    } catch (IOException | IllegalStateException clientGone) {
      // The refusal is sent all the same; the connection will be closed.
    }
  }

  private static void tooLarge(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/json");
    response.getWriter().write("{\"error\":\"request too large\"}");
  }
}
