package kith.contact;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The first row of a statement run on a handle's connection through JDBC itself, not through Jdbi's statements: for
 * the reads on the path to an answer. Jdbi's statement around a one-row read (a context with its own copy of the
 * configuration, the binding, the mapping by column name) costs more than H2 running it, and Jdbi's first statement
 * in a process registers Jdbi's flight-recorder event, loading the JDK's recorder classes. A failure is Jdbi's
 * exception, as from its own statements.
 */
final class DirectRead {
  /** Reads the columns of the row the result set is at. */
  interface Columns<T> {
    T of(ResultSet row) throws SQLException;
  }

  private DirectRead() {}

  /**
   * The first row of {@code sql}, whose one parameter is {@code parameter} (bound with its own JDBC type), as
   * {@code columns} reads it; {@code what} names the read in the exception should it fail.
   */
  static <T> Optional<T> firstRow(Handle handle, String sql, Object parameter, Columns<T> columns, String what) {
    try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.ofNullable(columns.of(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(what, e, null);
    }
  }
}
