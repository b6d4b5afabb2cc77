package kith.contact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kith.contact.NoteContentStore.InteractionRow;
import kith.contact.NoteContentStore.RelatedRow;
import kith.contact.NoteContentStore.SectionRow;
import kith.contact.NoteContentStore.TaskRow;
import kith.contact.NoteContentStore.TextRow;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads what a card shows about one contact; its rows are mapped by {@link CardRowMappers}. */
@RegisterRowMapper(CardRowMappers.Contact.class)
@RegisterRowMapper(CardRowMappers.Text.class)
@RegisterRowMapper(CardRowMappers.Interaction.class)
@RegisterRowMapper(CardRowMappers.RecentInteraction.class)
@RegisterRowMapper(CardRowMappers.Task.class)
@RegisterRowMapper(CardRowMappers.Decision.class)
@RegisterRowMapper(CardRowMappers.Related.class)
@RegisterRowMapper(CardRowMappers.Section.class)
@RegisterRowMapper(CardRowMappers.Appearance.class)
public interface CardStore {

  record ContactRow(
      long id, String kind, String name, boolean archived, String role, String relationship,
      String organisation, String email, String background, LocalDate lastContact) {}

  record DecisionRead(String text, LocalDate decidedOn, String link, String source, String recordedBy) {}

  record AppearanceRow(long sourceContactId, String how, int count, LocalDate latest) {}

  /** One of a contact's newest interactions, and how many they have in all. */
  record RecentInteractionRow(InteractionRow interaction, int total) {}

  @SqlQuery("""
      SELECT id, kind, name, archived, role, relationship, organisation, email, background, last_contact
        FROM contact WHERE id = :id
      """)
  Optional<ContactRow> contact(@Bind("id") long id);

  @SqlQuery("SELECT position, alias AS text FROM contact_alias WHERE contact_id = :id ORDER BY position")
  List<TextRow> aliases(@Bind("id") long id);

  @SqlQuery("""
      SELECT position, happened_on, date_text, title, link, summary, via
        FROM interaction WHERE contact_id = :id ORDER BY position
      """)
  List<InteractionRow> interactions(@Bind("id") long id);

  /**
   * The newest {@code limit} interactions, undated last, each with the count of all: a card shows a few and says
   * how many more there are, and the rest stay on disk.
   */
  @SqlQuery("""
      SELECT position, happened_on, date_text, title, link, summary, via, COUNT(*) OVER () AS total
        FROM interaction WHERE contact_id = :id
       ORDER BY happened_on DESC NULLS LAST, position
       FETCH FIRST :limit ROWS ONLY
      """)
  List<RecentInteractionRow> recentInteractions(@Bind("id") long id, @Bind("limit") int limit);

  @SqlQuery("SELECT position, text FROM key_fact WHERE contact_id = :id ORDER BY position")
  List<TextRow> keyFacts(@Bind("id") long id);

  @SqlQuery("SELECT position, text FROM topic WHERE contact_id = :id ORDER BY position")
  List<TextRow> topics(@Bind("id") long id);

  @SqlQuery("SELECT position, text, done, due, done_on FROM task WHERE contact_id = :id ORDER BY position")
  List<TaskRow> tasks(@Bind("id") long id);

  /** Decisions from the note and those recorded in Slack (not undone), newest first, undated last. */
  @SqlQuery("""
      SELECT text, decided_on, link, source, recorded_by FROM (
          SELECT text, decided_on, link, source, CAST(NULL AS VARCHAR(32)) AS recorded_by,
                 position AS ord, id, CAST(NULL AS TIMESTAMP) AS recorded_at
            FROM decision WHERE contact_id = :id
          UNION ALL
          SELECT d.text, d.decided_on, d.permalink, 'slack', d.recorded_by, 0, d.id, d.recorded_at
            FROM slack_decision d JOIN decision_subject s ON s.decision_id = d.id
           WHERE s.contact_id = :id AND d.undone_at IS NULL
      ) all_decisions
       ORDER BY decided_on DESC NULLS LAST, recorded_at DESC NULLS LAST, ord, id
      """)
  List<DecisionRead> decisions(@Bind("id") long id);

  @SqlQuery("SELECT position, kind, name, target FROM related WHERE contact_id = :id ORDER BY position")
  List<RelatedRow> related(@Bind("id") long id);

  @SqlQuery("SELECT position, heading, body FROM note_section WHERE contact_id = :id ORDER BY position")
  List<SectionRow> sections(@Bind("id") long id);

  /**
   * How often each note other than the person's own names one of {@code nameKeys}, and how. Which of those notes
   * are active, and whose they are, the caller knows from the name index: joining the contact table here would
   * read a whole contact row per mention, which cost five times the rest of the query.
   */
  @SqlQuery("""
      SELECT source_contact_id, how, COUNT(*) AS count, MAX(happened_on) AS latest
        FROM mention
       WHERE name_key IN (<keys>) AND source_contact_id <> :id
       GROUP BY source_contact_id, how
      """)
  List<AppearanceRow> appearances(@Bind("id") long id, @BindList("keys") Collection<String> nameKeys);
}
