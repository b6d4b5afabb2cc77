package kith.contact;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Links between contacts and Slack users: one contact per Slack user. */
public interface SlackLinkStore {

  @SqlQuery("SELECT id FROM contact WHERE slack_user_id = :user AND archived = FALSE")
  Optional<Long> contactOf(@Bind("user") String slackUserId);

  /** Active contacts whose email is {@code email}, ignoring case. */
  @SqlQuery("SELECT id FROM contact WHERE LOWER(email) = LOWER(:email) AND archived = FALSE ORDER BY id")
  List<Long> contactsWithEmail(@Bind("email") String email);

  @SqlUpdate("UPDATE contact SET slack_user_id = NULL WHERE slack_user_id = :user")
  void unlinkUser(@Bind("user") String slackUserId);

  @SqlUpdate("UPDATE contact SET slack_user_id = :user WHERE id = :id")
  void setUser(@Bind("id") long contactId, @Bind("user") String slackUserId);

  /** Links {@code slackUserId} to {@code contactId}, moving the link if the user was linked to someone else. */
  @Transaction
  default void link(long contactId, String slackUserId) {
    unlinkUser(slackUserId);
    setUser(contactId, slackUserId);
  }
}
