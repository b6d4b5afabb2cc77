package kith.contact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Which statements, run through one {@link Jdbi}, write a table a kept card is read from, and when their writes are
 * committed: then what was kept from those tables ({@link KeptCards}, and through it {@link RenderedCards}) is
 * forgotten, at once for a statement outside a transaction, else when its transaction ends. Jdbi's statements tell
 * it as a customizer, those run through JDBC itself through {@link DirectWrites}.
 */
final class CardTableWrites {
  /**
   * The tables {@link CardStore#EVERY_READY} reads, and {@code slack_decision}, whose decisions (undone or revived
   * ones among them) a card rendered from a kept row shows ({@link RenderedCards}): as whole words of a statement.
   * The content and mention tables a card not kept is read from are not here: the import writes them only in the
   * transaction that writes {@code ready_card} or {@code ready_state} too, so their changes forget the rows (and set
   * the renderings aside) all the same.
   */
  static final Pattern READ_FROM = Pattern.compile(
      "\\b(ready_card|ready_appearances|ready_state|decision|decision_subject|slack_decision)\\b");

  /** A plain query: any other statement (a comment or a WITH before its verb included) counts as a write. */
  private static final Pattern READS = Pattern.compile("^\\s*select\\b");

  /** H2's data change delta tables: {@code SELECT … FROM FINAL TABLE (UPDATE …)} writes. */
  private static final Pattern CHANGES_IN_A_QUERY = Pattern.compile("\\b(final|new|old)\\s+table\\s*\\(");

  /** Connections whose open transaction wrote a card table. */
  private final Set<Connection> written = ConcurrentHashMap.newKeySet();
  /** What forgets everything kept from the card tables. */
  private final Runnable forget;

  private CardTableWrites(Runnable forget) {
    this.forget = forget;
  }

  /** From now on, runs {@code forget} once each write to a card table through {@code jdbi} is committed. */
  static void watch(Jdbi jdbi, Runnable forget) {
    CardTableWrites watch = new CardTableWrites(forget);
    Writes writes = watch.new Writes();
    jdbi.getConfig(SqlStatements.class).addCustomizer(writes);
    jdbi.getConfig(DirectWrites.class).listen(writes);
    jdbi.setTransactionHandler(watch.new Transactions(jdbi.getTransactionHandler()));
  }

  /**
   * True when {@code sql} may write a table a card row is read from: it names one and is not a plain query. It errs
   * on the safe side (a word in a literal, a query behind a comment): that costs a needless fill, never a card kept
   * wrong.
   */
  static boolean writesCardTables(String sql) {
    if (sql == null) {
      return false;
    }
    String lower = sql.toLowerCase(Locale.ROOT);
    boolean query = READS.matcher(lower).find() && !CHANGES_IN_A_QUERY.matcher(lower).find();
    return !query && READ_FROM.matcher(lower).find();
  }

  /**
   * Marks the connection of each statement that writes a card table, and forgets the kept rows when it is
   * committed: at once outside a transaction, else when the transaction ends ({@link Transactions}). Jdbi's
   * statements tell it as a customizer, those run through JDBC itself through {@link DirectWrites}.
   */
  private final class Writes implements StatementCustomizer, DirectWrites.Listener {
    @Override
    public void beforeExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
      before(ctx.getConnection(), ctx.getRenderedSql());
    }

    @Override
    public void afterExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
      after(ctx.getConnection(), ctx.getRenderedSql());
    }

    /**
     * Marked before it runs, on the safe side: should a batch fail half-way in a transaction its caller still
     * commits (H2 keeps none of a failed batch's rows; another database might), it counts too.
     */
    @Override
    public void before(Connection connection, String sql) throws SQLException {
      if (!connection.getAutoCommit() && writesCardTables(sql)) {
        // Rows read before the commit are the old ones: forgetting when it commits drops any kept meanwhile.
        written.add(connection);
      }
    }

    @Override
    public void after(Connection connection, String sql) throws SQLException {
      if (connection.getAutoCommit() && writesCardTables(sql)) {
        forget.run();
      }
    }
  }

  /** Jdbi's transactions, which forget the kept rows when one that wrote a card table ends. */
  private final class Transactions extends DelegatingTransactionHandler {
    Transactions(TransactionHandler delegate) {
      super(delegate);
    }

    /** Each handle gets Jdbi's own handler for it, wrapped: Jdbi's keeps a handle's transaction state there. */
    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
      return new Transactions(getDelegate().specialize(handle));
    }

    /** A commit, or a rollback, ends the transaction whatever Jdbi then says of the connection's state. */
    @Override
    public void commit(Handle handle) {
      try {
        super.commit(handle);
      } finally {
        forgetIfWritten(handle);
      }
    }

    @Override
    public void rollback(Handle handle) {
      try {
        super.rollback(handle);
      } finally {
        forgetIfWritten(handle);
      }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
      try {
        return super.inTransaction(handle, callback);
      } finally {
        ended(handle);
      }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
        HandleCallback<R, X> callback) throws X {
      try {
        return super.inTransaction(handle, level, callback);
      } finally {
        ended(handle);
      }
    }

    /** Once the outermost transaction is over, committed or not: a rolled-back one costs a needless fill. */
    private void ended(Handle handle) {
      if (!handle.isInTransaction()) {
        forgetIfWritten(handle);
      }
    }

    private void forgetIfWritten(Handle handle) {
      if (written.remove(handle.getConnection())) {
        forget.run();
      }
    }
  }
}
