package kith.contact;

/**
 * The form in which stored names are compared, built from the same tokens the name index uses:
 * "José  O'Neil" → "jose o neil". Mentions find their contact by it.
 */
public final class NameKey {
  private NameKey() {}

  public static String of(String name) {
    return String.join(" ", NameTokens.of(name));
  }
}
