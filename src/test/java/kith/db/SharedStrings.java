package kith.db;

import org.h2.util.StringUtils;

/**
 * Opens the store at {@code args[0]} as Kith does, in a JVM where nothing touched H2 before, and prints whether H2
 * then hands back an equal string it was given earlier ("shared") or the one it is given ("own").
 */
public final class SharedStrings {
  private SharedStrings() {}

  public static void main(String[] args) {
    try (Database database = Database.open(args[0])) {
      String first = new String("Kushal Datta".toCharArray());
      String second = new String("Kushal Datta".toCharArray());
      StringUtils.cache(first);
      System.out.println(StringUtils.cache(second) == second ? "own" : "shared");
    }
  }
}
