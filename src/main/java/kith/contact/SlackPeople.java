package kith.contact;

import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.util.List;
import java.util.Optional;
import kith.slack.SlackApi;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds the contact behind a Slack user: a linked contact first, then one whose email is the user's (which is
 * then linked, so the next lookup needs no Web API call), then the user's real or display name.
 */
public final class SlackPeople {
  private final Jdbi jdbi;
  private final SlackApi api;
  private final Directory directory;

  public SlackPeople(Jdbi jdbi, SlackApi api, Directory directory) {
    this.jdbi = jdbi;
    this.api = api;
    this.directory = directory;
  }

  /** Reads the user through {@code users.info}. */
  public SlackUser user(String userId) {
    UsersInfoResponse response = api.call("users.info", SlackApi.Safety.IDEMPOTENT,
        methods -> methods.usersInfo(r -> r.user(userId)));
    User user = response.getUser();
    User.Profile profile = user.getProfile();
    return new SlackUser(user.getId(),
        firstNonBlank(user.getRealName(), profile == null ? null : profile.getRealName()),
        profile == null ? null : profile.getDisplayName(),
        profile == null ? null : profile.getEmail(),
        user.getTz());
  }

  /** The contact for Slack user {@code userId}, as a name match. */
  public NameMatch resolve(String userId) {
    Optional<Long> linked = jdbi.withExtension(SlackLinkStore.class, store -> store.contactOf(userId));
    if (linked.isPresent()) {
      return new NameMatch.Found(entryOf(linked.get()));
    }
    SlackUser user = user(userId);
    if (user.email() != null && !user.email().isBlank()) {
      List<Long> byEmail = jdbi.withExtension(SlackLinkStore.class, store -> store.contactsWithEmail(user.email()));
      if (byEmail.size() == 1) {
        jdbi.useExtension(SlackLinkStore.class, store -> store.link(byEmail.get(0), userId));
        return new NameMatch.Found(entryOf(byEmail.get(0)));
      }
    }
    NameMatch byName = new NameMatch.NotFound(List.of());
    for (String name : new String[] {user.realName(), user.displayName()}) {
      if (name != null && !name.isBlank()) {
        byName = directory.resolve(name);
        if (!(byName instanceof NameMatch.NotFound)) {
          return byName;
        }
      }
    }
    return byName;
  }

  /** Links {@code userId} to contact {@code contactId} (from {@code /who link}). */
  public void link(long contactId, String userId) {
    jdbi.useExtension(SlackLinkStore.class, store -> store.link(contactId, userId));
  }

  private NameEntry entryOf(long contactId) {
    return directory.entry(contactId).orElseGet(() -> new NameEntry(contactId, "", List.of(), null, null, false));
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
