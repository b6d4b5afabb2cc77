package kith.contact;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Which contacts a channel is about: decisions recorded in it are filed under them. */
public interface ChannelLinkStore {

  @SqlUpdate("""
      INSERT INTO channel_contact (channel_id, contact_id)
      SELECT :channel, :contact WHERE NOT EXISTS
        (SELECT 1 FROM channel_contact WHERE channel_id = :channel AND contact_id = :contact)
      """)
  void link(@Bind("channel") String channelId, @Bind("contact") long contactId);
}
