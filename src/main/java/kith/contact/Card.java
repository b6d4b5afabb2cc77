package kith.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The profile card: what Kith shows about one person, independent of how it is shown. The command line prints
 * it as text or JSON; Slack renders the same model in Block Kit.
 *
 * @param mentionedOnly true for a person who has no note of their own and is only named in others
 * @param lastContact when we last spoke, or null when nothing says
 * @param interactions the most recent interactions, newest first, undated last
 * @param interactionCount how many interactions there are in all
 * @param appearsIn the notes that name this person
 */
public record Card(
    long contactId,
    String name,
    boolean mentionedOnly,
    List<String> aliases,
    String role,
    String organisation,
    String relationship,
    String email,
    String background,
    LastContact lastContact,
    List<Interaction> interactions,
    int interactionCount,
    List<String> keyFacts,
    List<Task> openTasks,
    List<Decision> decisions,
    List<String> topics,
    List<String> relatedCustomers,
    List<String> relatedProjects,
    List<String> relatedPeople,
    List<Appearance> appearsIn,
    List<Section> otherSections) {

  /**
   * @param source "note" when the note's last_contact says it, "interaction" when taken from the newest one
   * @param ago how long ago, as a person says it: "11 months ago"
   */
  public record LastContact(LocalDate date, String source, String ago) {}

  public record Interaction(LocalDate date, String dateText, String title, String link, String summary, String via) {
    private static final Pattern DATED_TITLE =
        Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}\\s+-\\s+(.+)$");

    /** The title without the date that meeting-note file names start with: "2026-01-03 - Prep" → "Prep". */
    public String headline() {
      if (title == null) {
        return null;
      }
      Matcher matcher = DATED_TITLE.matcher(title);
      return matcher.matches() ? matcher.group(1) : title;
    }
  }

  public record Task(String text, LocalDate due) {}

  /**
   * @param source where the decision was recorded: "note" (the person's note) or "slack"
   * @param recordedBy the Slack user who recorded it, for decisions from Slack; else null
   */
  public record Decision(String text, LocalDate date, String link, String source, String recordedBy) {}

  /**
   * Where a person is named in someone else's note.
   *
   * @param how "via" (an interaction came through them) or "related"
   * @param count how many times that note names them so
   * @param latest the newest dated interaction among those, or null
   */
  public record Appearance(String noteOf, String how, int count, LocalDate latest) {}

  public record Section(String heading, String body) {}
}
