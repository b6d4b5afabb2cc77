package kith.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /healthz}: 200 when Kith has started and the database answers; 503 with the reason otherwise
 * ("starting" while the name index loads, so a load balancer sends Slack elsewhere until then).
 */
final class HealthServlet extends HttpServlet {
  private final transient CompletableFuture<?> ready;
  private final transient BooleanSupplier healthy;

  HealthServlet(CompletableFuture<?> ready, BooleanSupplier healthy) {
    this.ready = ready;
    this.healthy = healthy;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String status = !ready.isDone() ? "starting"
        : ready.isCompletedExceptionally() ? "failed to start"
        : healthy.getAsBoolean() ? "ok"
        : "database unavailable";
    boolean ok = status.equals("ok");
    resp.setStatus(ok ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    resp.setContentType("application/json");
    resp.getWriter().write("{\"status\":\"" + status + "\"}");
  }
}
