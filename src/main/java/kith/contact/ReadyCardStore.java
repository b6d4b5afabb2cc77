package kith.contact;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The upkeep of the cards kept ready to read that an import does once its notes are written. */
interface ReadyCardStore {

  record ContactName(long id, String name) {}

  record AliasRow(long contactId, String alias) {}

  @SqlQuery("SELECT appearances_current FROM ready_state WHERE id = 1")
  boolean appearancesCurrent();

  @SqlUpdate("UPDATE ready_state SET appearances_current = :current WHERE id = 1")
  void setAppearancesCurrent(@Bind("current") boolean current);

  @SqlQuery("SELECT id, name FROM contact")
  @RegisterConstructorMapper(ContactName.class)
  List<ContactName> contactNames();

  @SqlQuery("SELECT contact_id, alias FROM contact_alias")
  @RegisterConstructorMapper(AliasRow.class)
  List<AliasRow> aliases();

  @SqlUpdate("DELETE FROM ready_appearances")
  void deleteAllAppearances();

  @SqlUpdate("DELETE FROM ready_appearances WHERE contact_id IN (<ids>)")
  void deleteAppearances(@BindList("ids") Collection<Long> ids);

  /** Contacts only named in notes whose card is not kept ready in the current format. */
  @SqlQuery("""
      SELECT c.id, c.name FROM contact c LEFT JOIN ready_card r ON r.contact_id = c.id
       WHERE c.kind = 'mentioned' AND (r.contact_id IS NULL OR r.format <> :format)
      """)
  @RegisterConstructorMapper(ContactName.class)
  List<ContactName> mentionedWithoutReadyCard(@Bind("format") int format);

  @SqlUpdate("DELETE FROM ready_card WHERE contact_id IN (<ids>)")
  void deleteReadyCards(@BindList("ids") Collection<Long> ids);
}
