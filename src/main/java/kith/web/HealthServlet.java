package kith.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/** {@code GET /healthz}: 200 when the database answers, 503 otherwise. */
final class HealthServlet extends HttpServlet {
  private final transient BooleanSupplier healthy;

  HealthServlet(BooleanSupplier healthy) {
    this.healthy = healthy;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    boolean ok = healthy.getAsBoolean();
    resp.setStatus(ok ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    resp.setContentType("application/json");
    resp.getWriter().write(ok ? "{\"status\":\"ok\"}" : "{\"status\":\"database unavailable\"}");
  }
}
