package kith.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import kith.contact.CardStore.AppearanceRow;
import kith.contact.CardStore.ContactRow;
import kith.contact.CardStore.DecisionRead;
import kith.contact.CardStore.RecentInteractionRow;
import kith.contact.NoteContentStore.InteractionRow;
import kith.contact.NoteContentStore.TextRow;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Row mappers for the statements a card runs, written out by hand. A constructor mapper matches columns to
 * parameters again on every query, and on a card's short lists that cost three times what the query did.
 * Columns are read by name, so the SQL in {@link CardStore} stays the one place their order is written. Public
 * because Jdbi instantiates them.
 */
public final class CardRowMappers {
  private CardRowMappers() {}

  public static final class Contact implements RowMapper<ContactRow> {
    @Override
    public ContactRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new ContactRow(rs.getLong("id"), rs.getString("kind"), rs.getString("name"),
          rs.getBoolean("archived"), rs.getString("role"), rs.getString("relationship"),
          rs.getString("organisation"), rs.getString("email"), rs.getString("background"),
          date(rs, "last_contact"));
    }
  }

  public static final class Item implements RowMapper<CardStore.ListItem> {
    @Override
    public CardStore.ListItem map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new CardStore.ListItem(rs.getString("list"), rs.getString("text"), rs.getString("detail"),
          date(rs, "due"));
    }
  }

  public static final class Text implements RowMapper<TextRow> {
    @Override
    public TextRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new TextRow(rs.getInt("position"), rs.getString("text"));
    }
  }

  public static final class Interaction implements RowMapper<InteractionRow> {
    @Override
    public InteractionRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      return interaction(rs);
    }
  }

  public static final class RecentInteraction implements RowMapper<RecentInteractionRow> {
    @Override
    public RecentInteractionRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new RecentInteractionRow(interaction(rs), rs.getInt("total"));
    }
  }

  public static final class Decision implements RowMapper<DecisionRead> {
    @Override
    public DecisionRead map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new DecisionRead(rs.getString("text"), date(rs, "decided_on"), rs.getString("link"),
          rs.getString("source"), rs.getString("recorded_by"));
    }
  }

  public static final class Appearance implements RowMapper<AppearanceRow> {
    @Override
    public AppearanceRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new AppearanceRow(rs.getLong("source_contact_id"), rs.getString("how"), rs.getInt("count"),
          date(rs, "latest"));
    }
  }

  private static InteractionRow interaction(ResultSet rs) throws SQLException {
    return new InteractionRow(rs.getInt("position"), date(rs, "happened_on"), rs.getString("date_text"),
        rs.getString("title"), rs.getString("link"), rs.getString("summary"), rs.getString("via"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
