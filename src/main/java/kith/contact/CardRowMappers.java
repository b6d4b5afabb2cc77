package kith.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import kith.contact.CardStore.ContactRow;
import kith.contact.CardStore.DecisionRead;
import kith.contact.CardStore.DocumentRead;
import kith.contact.CardStore.ListItem;
import kith.contact.CardStore.RecentInteractionRow;
import kith.contact.NoteContentStore.InteractionRow;
import kith.contact.NoteContentStore.TextRow;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Row mappers for the statements a card runs, written out by hand. A constructor mapper matches columns to
 * parameters again on every query, and on a card's short lists that cost three times what the query did.
 * Columns are read by name, so the SQL in {@link CardStore} stays the one place their order is written.
 */
final class CardRowMappers {
  private CardRowMappers() {}

  static final RowMapper<ContactRow> CONTACT = (rs, ctx) -> new ContactRow(rs.getLong("id"), rs.getString("kind"),
      rs.getString("name"), rs.getBoolean("archived"), rs.getString("role"), rs.getString("relationship"),
      rs.getString("organisation"), rs.getString("email"), rs.getString("background"), date(rs, "last_contact"));

  static final RowMapper<DocumentRead> DOCUMENT =
      (rs, ctx) -> new DocumentRead(rs.getInt("format"), rs.getString("document"));

  static final RowMapper<ListItem> LIST_ITEM = (rs, ctx) ->
      new ListItem(rs.getString("list"), rs.getString("text"), rs.getString("detail"), date(rs, "due"));

  static final RowMapper<TextRow> TEXT = (rs, ctx) -> new TextRow(rs.getInt("position"), rs.getString("text"));

  static final RowMapper<InteractionRow> INTERACTION = (rs, ctx) -> interaction(rs);

  static final RowMapper<RecentInteractionRow> RECENT_INTERACTION =
      (rs, ctx) -> new RecentInteractionRow(interaction(rs), rs.getInt("total"));

  static final RowMapper<Card.Decision> NOTE_DECISION = (rs, ctx) -> new Card.Decision(rs.getString("text"),
      date(rs, "decided_on"), rs.getString("link"), rs.getString("source"), null);

  static final RowMapper<DecisionRead> RECORDED_DECISION = (rs, ctx) -> {
    Timestamp recordedAt = rs.getTimestamp("recorded_at");
    return new DecisionRead(
        new Card.Decision(rs.getString("text"), date(rs, "decided_on"), rs.getString("link"),
            rs.getString("source"), rs.getString("recorded_by")),
        recordedAt == null ? null : recordedAt.toInstant(),
        rs.getObject("ord", Integer.class), rs.getLong("id"));
  };

  private static InteractionRow interaction(ResultSet rs) throws SQLException {
    return new InteractionRow(rs.getInt("position"), date(rs, "happened_on"), rs.getString("date_text"),
        rs.getString("title"), rs.getString("link"), rs.getString("summary"), rs.getString("via"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
