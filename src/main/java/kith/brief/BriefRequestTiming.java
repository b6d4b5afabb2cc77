package kith.brief;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Splits "José Núñez tomorrow at 9" into who and when, trying the longest trailing time first. */
final class BriefRequestTiming {
  /**
   * Words that announce a time. Only lower-case ones make an unreadable tail a {@code BadTime}: a capitalised "On" or
   * "In" in the middle is more likely part of someone's name than a time.
   */
  private static final Set<String> TIME_WORDS = Set.of("at", "in", "on", "tomorrow", "today");

  private BriefRequestTiming() {}

  static BriefRequest split(String request, ZonedDateTime now) {
    // The first word is always part of the name, so a tail starts at the second word at the earliest.
    List<Integer> starts = wordStarts(request);
    List<Integer> tails = starts.subList(1, starts.size());
    int timeWord = tails.stream().filter(start -> TIME_WORDS.contains(wordAt(request, start))).findFirst().orElse(-1);
    for (int start : tails) {
      // Past a time word that did not parse, a shorter tail would swallow it into the name: "Kushal on 2020-01-01
      // 08:00" is a bad time, not Kushal-on-2020-01-01 at eight.
      if (timeWord >= 0 && start > timeWord) {
        break;
      }
      Optional<ZonedDateTime> when = BriefTime.parse(request.substring(start), now);
      if (when.isPresent()) {
        return new BriefRequest.At(request.substring(0, start).strip(), when.get());
      }
    }
    if (timeWord >= 0) {
      return new BriefRequest.BadTime(request.substring(0, timeWord).strip(), request.substring(timeWord).strip());
    }
    return new BriefRequest.Now(request);
  }

  /** Where each word begins; a Slack mention such as {@code <@U1|Ana María>} is one word even with spaces inside. */
  static List<Integer> wordStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    int depth = 0;
    boolean afterSpace = true;
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      boolean space = Character.isWhitespace(character);
      if (!space && afterSpace && depth == 0) {
        starts.add(index);
      }
      if (character == '<') {
        depth++;
      } else if (character == '>' && depth > 0) {
        depth--;
      }
      afterSpace = space;
    }
    return starts;
  }

  private static String wordAt(String text, int start) {
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }
}
