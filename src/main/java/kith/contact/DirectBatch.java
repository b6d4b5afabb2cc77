package kith.contact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Rows inserted with one JDBC batch on a handle's connection, not through Jdbi's {@code @SqlBatch}: for the
 * import's writes, tens of thousands of rows a run. Jdbi binds each row's values by name, through reflection on the
 * row and a lookup of each value's argument type, and that was an eighth of the import's writing thread, more than
 * writing the rows' JSON. Values are bound as Jdbi binds them ({@link Values}), so the stored rows are the same, and
 * a failure is Jdbi's exception, as from its own statements ({@link DirectRead} does the same for reads). Jdbi's
 * statement customizers do not see these statements, so each is told to {@link DirectWrites}, where {@link
 * KeptCards} hears of writes to the tables a card is read from.
 */
final class DirectBatch {
  /** Binds one row's values, in the order of the statement's parameters. */
  interface Row<R> {
    void bind(Values values, R row) throws SQLException;
  }

  /** Binds the values of the row at an index, in the order of the statement's parameters. */
  interface Indexed {
    void bind(Values values, int index) throws SQLException;
  }

  private DirectBatch() {}

  /**
   * Inserts each row with {@code sql}, as one batch: its first parameter is the id at the row's index, the others
   * are what {@code row} binds. {@code what} names the statement in the exception should it fail.
   */
  static <R> void insert(Handle handle, String sql, List<Long> ids, List<R> rows, Row<R> row, String what) {
    run(handle, sql, rows.size(), (values, i) -> row.bind(values.bigint(ids.get(i)), rows.get(i)), what);
  }

  /** Runs {@code sql} {@code count} times as one batch, the values of each run bound by {@code row}. */
  static void run(Handle handle, String sql, int count, Indexed row, String what) {
    try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
      execute(handle, statement, sql, count, row);
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  /**
   * Inserts each row with {@code sql}, as one batch, and returns the value the database gave column {@code key} of
   * each row inserted, in the rows' order.
   */
  static <R> long[] insertReturning(Handle handle, String sql, String key, List<R> rows, Row<R> row, String what) {
    try (PreparedStatement statement = handle.getConnection().prepareStatement(sql, new String[] {key})) {
      execute(handle, statement, sql, rows.size(), (values, i) -> row.bind(values, rows.get(i)));
      long[] keys = new long[rows.size()];
      int count = 0;
      try (ResultSet generated = statement.getGeneratedKeys()) {
        while (generated.next()) {
          if (count == keys.length) {
            throw new SQLException("more generated keys than rows (" + keys.length + ")");
          }
          keys[count++] = generated.getLong(1);
        }
      }
      if (count != keys.length) {
        throw new SQLException(count + " generated keys for " + keys.length + " rows");
      }
      return keys;
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  /** Binds {@code count} runs of the statement, then runs them as one batch, telling {@link DirectWrites}. */
  private static void execute(Handle handle, PreparedStatement statement, String sql, int count, Indexed row)
      throws SQLException {
    Values values = new Values(statement);
    for (int i = 0; i < count; i++) {
      row.bind(values.next(), i);
      statement.addBatch();
    }
    Connection connection = handle.getConnection();
    DirectWrites writes = handle.getConfig(DirectWrites.class);
    writes.before(connection, sql);
    statement.executeBatch();
    writes.after(connection, sql);
  }

  /**
   * Jdbi's exception, with the database's words in its message and each row's own error beside it, as Jdbi's
   * batches report them; {@code NoteBatch} reads the cause for what the database refused.
   */
  private static UnableToExecuteStatementException failed(String what, SQLException e) {
    UnableToExecuteStatementException failure = new UnableToExecuteStatementException(what + ": " + e.getMessage(), e,
        null);
    for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
      failure.addSuppressed(next);
    }
    return failure;
  }

  /**
   * One row's parameters, bound in order, each type as Jdbi 3 binds it (a date as itself with the type {@code DATE},
   * as a {@link java.sql.Date} would shift one before the Gregorian calendar on H2; an instant as a {@link Timestamp}; a null
   * with its column's JDBC type).
   */
  static final class Values {
    private final PreparedStatement statement;
    private int index;

    private Values(PreparedStatement statement) {
      this.statement = statement;
    }

    private Values next() {
      index = 0;
      return this;
    }

    Values bigint(long value) throws SQLException {
      statement.setLong(++index, value);
      return this;
    }

    Values bigintOrNull(Long value) throws SQLException {
      if (value == null) {
        statement.setNull(++index, Types.BIGINT);
      } else {
        statement.setLong(++index, value);
      }
      return this;
    }

    Values integer(int value) throws SQLException {
      statement.setInt(++index, value);
      return this;
    }

    Values text(String value) throws SQLException {
      if (value == null) {
        statement.setNull(++index, Types.VARCHAR);
      } else {
        statement.setString(++index, value);
      }
      return this;
    }

    Values date(LocalDate value) throws SQLException {
      if (value == null) {
        statement.setNull(++index, Types.DATE);
      } else {
        statement.setObject(++index, value, Types.DATE);
      }
      return this;
    }

    Values timestamp(Instant value) throws SQLException {
      if (value == null) {
        statement.setNull(++index, Types.TIMESTAMP);
      } else {
        statement.setTimestamp(++index, Timestamp.from(value));
      }
      return this;
    }
  }
}
