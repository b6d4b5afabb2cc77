package kith.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses an oversized request with 413 before anything reads it. A body without a length (chunked) is capped
 * as it is read: Bolt reads the whole body, so it reads through {@link LimitedRequest}.
 */
final class BodyLimitFilter implements Filter {
  private final long maxBytes;

  BodyLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (http.getContentLengthLong() > maxBytes) {
      tooLarge((HttpServletResponse) response);
      return;
    }
    try {
      chain.doFilter(new LimitedRequest(http, maxBytes), response);
    } catch (LimitedRequest.TooLargeException e) {
      if (!response.isCommitted()) {
        tooLarge((HttpServletResponse) response);
      }
    }
  }

  private static void tooLarge(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/json");
    response.getWriter().write("{\"error\":\"request too large\"}");
  }
}
