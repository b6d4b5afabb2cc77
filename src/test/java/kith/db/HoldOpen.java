package kith.db;

import java.io.IOException;

/**
 * Run in a process of its own by {@code DatabaseTest}: opens the store as Kith does, says "open", and keeps it open
 * until its standard input ends, as a running {@code kith serve} keeps its H2 file.
 */
public final class HoldOpen {
  private HoldOpen() {}

  public static void main(String[] args) throws IOException {
    try (Database database = Database.open(args[0])) {
      database.jdbi().useHandle(handle -> handle.execute("SELECT 1"));
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // Reads until the test closes this process's input.
      }
    }
  }
}
