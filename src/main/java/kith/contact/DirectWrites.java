package kith.contact;

import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Told of each statement Kith runs through JDBC itself on a handle's connection ({@link DirectBatch}), which Jdbi's
 * statement customizers never see: {@link KeptCards} listens here as it listens to Jdbi's statements, so a kept card
 * is forgotten whichever way its tables were written. Jdbi's configuration carries the listener to every handle.
 */
public final class DirectWrites implements JdbiConfig<DirectWrites> {
  /** What hears of a statement, before and after it runs. */
  interface Listener {
    void before(Connection connection, String sql) throws SQLException;

    void after(Connection connection, String sql) throws SQLException;
  }

  private static final Listener NONE = new Listener() {
    @Override
    public void before(Connection connection, String sql) {}

    @Override
    public void after(Connection connection, String sql) {}
  };

  private Listener listener = NONE;

  /** Jdbi makes the first one; a store without kept cards leaves it deaf. */
  public DirectWrites() {}

  private DirectWrites(DirectWrites other) {
    this.listener = other.listener;
  }

  void listen(Listener listener) {
    this.listener = listener;
  }

  void before(Connection connection, String sql) throws SQLException {
    listener.before(connection, sql);
  }

  void after(Connection connection, String sql) throws SQLException {
    listener.after(connection, sql);
  }

  @Override
  public DirectWrites createCopy() {
    return new DirectWrites(this);
  }
}
