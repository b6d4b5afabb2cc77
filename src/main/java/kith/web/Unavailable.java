package kith.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The 503 Kith answers a Slack request it cannot work on now: Slack retries an event after {@code Retry-After}. */
final class Unavailable {
  private Unavailable() {}

  static void send(HttpServletResponse response, String status) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "1");
    response.setContentType("application/json");
    response.getWriter().write("{\"error\":\"" + status + "\"}");
  }
}
