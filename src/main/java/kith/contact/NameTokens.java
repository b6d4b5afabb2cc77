package kith.contact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a stored or typed name into the tokens the index compares: NFKD with the accents dropped, lower case,
 * letters and digits only. "José Núñez" and "jose nunez" give the same tokens; a leading "@" from a Slack-style
 * mention goes the way of all other punctuation.
 */
final class NameTokens {

  private NameTokens() {}

  /** Punctuation separates: "Jean-Luc O'Brien" → [jean, luc, o, brien]. */
  static List<String> of(String text) {
    return split(text, true);
  }

  /**
   * Punctuation inside a word is dropped instead: "Jean-Luc O'Brien" → [jeanluc, obrien], so that someone who
   * types the name without its hyphen or apostrophe still finds it.
   */
  static List<String> joined(String text) {
    return split(text, false);
  }

  /** Both readings of {@code text}, normalised once: the index stores every name both ways. */
  static Forms forms(String text) {
    String decomposed = decomposed(text);
    List<String> separated = new ArrayList<>(4);
    List<String> joined = new ArrayList<>(4);
    StringBuilder separatedToken = new StringBuilder(decomposed.length());
    StringBuilder joinedToken = new StringBuilder(decomposed.length());
    // One pass for both: the index reads every name both ways at each start.
    for (int i = 0; i < decomposed.length(); ) {
      int codePoint = decomposed.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint)) {
        int lowerCase = Character.toLowerCase(codePoint);
        appendFolded(separatedToken, lowerCase);
        appendFolded(joinedToken, lowerCase);
      } else if (!isMark(codePoint)) {
        flush(separatedToken, separated);
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
          flush(joinedToken, joined);
        }
      }
    }
    flush(separatedToken, separated);
    flush(joinedToken, joined);
    return new Forms(List.copyOf(separated), List.copyOf(joined));
  }

  /** A text's tokens with punctuation separating and with inner punctuation dropped. */
  record Forms(List<String> separated, List<String> joined) {}

  private static List<String> split(String text, boolean punctuationSeparates) {
    return splitDecomposed(decomposed(text), punctuationSeparates);
  }

  /**
   * NFKD leaves ASCII as it is, and most names are ASCII: the normaliser was the largest single cost of building
   * the name index, which Kith does at every start.
   */
  private static String decomposed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD);
      }
    }
    return text;
  }

  private static List<String> splitDecomposed(String decomposed, boolean punctuationSeparates) {
    List<String> tokens = new ArrayList<>(4);
    StringBuilder token = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int codePoint = decomposed.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint)) {
        appendFolded(token, Character.toLowerCase(codePoint));
      } else if (isMark(codePoint)) {
        // The accent NFKD split off its letter: dropping it is what makes "José" equal "Jose".
        continue;
      } else if (punctuationSeparates || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
        flush(token, tokens);
      }
    }
    flush(token, tokens);
    return List.copyOf(tokens);
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Letters NFKD leaves whole although people type them as plain Latin: "Łukasz" is typed "Lukasz". */
  private static void appendFolded(StringBuilder token, int lowerCase) {
    switch (lowerCase) {
      case 'ł' -> token.append('l');
      case 'ø' -> token.append('o');
      case 'đ' -> token.append('d');
      case 'ı' -> token.append('i');
      case 'ß' -> token.append("ss");
      case 'æ' -> token.append("ae");
      case 'œ' -> token.append("oe");
      case 'þ' -> token.append("th");
      default -> token.appendCodePoint(lowerCase);
    }
  }

  private static void flush(StringBuilder token, List<String> tokens) {
    if (token.length() > 0) {
      tokens.add(token.toString());
      token.setLength(0);
    }
  }
}
