package kith.db;

import java.time.Instant;

/**
 * Run in a process of its own by {@code DatabaseTest}: opens the store as Kith does, commits one contact, and ends
 * the process at once, as a crash or {@code kill -9} would, without closing anything.
 */
public final class CommitThenDie {
  private CommitThenDie() {}

  public static void main(String[] args) {
    Database database = Database.open(args[0]);
    database.jdbi().useHandle(handle -> handle.execute(
        "INSERT INTO contact (kind, name, name_key, updated_at) VALUES ('mentioned', 'Ada Quist', 'ada quist', ?)",
        Instant.parse("2026-12-04T00:00:00Z")));
    System.out.println("committed");
    Runtime.getRuntime().halt(0);
  }
}
