package kith.slack;

import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import kith.config.SlackSettings;

/**
 * Who may use Kith: everyone when neither {@code KITH_ALLOWED_USERS} nor {@code KITH_ALLOWED_USERGROUP} is set,
 * else the listed users and the group's members. The group is read through the Web API and cached briefly, so
 * a person added to or removed from it gains or loses access within minutes.
 */
public final class Access {
  static final Duration GROUP_CACHE = Duration.ofMinutes(5);

  private final Set<String> allowedUsers;
  private final String usergroup;
  private final SlackApi api;
  private final Clock clock;
  private Set<String> groupMembers = Set.of();
  private Instant groupReadAt = Instant.MIN;

  public Access(SlackSettings settings, SlackApi api, Clock clock) {
    this.allowedUsers = Set.copyOf(settings.allowedUsers());
    this.usergroup = settings.allowedUsergroup();
    this.api = api;
    this.clock = clock;
  }

  public boolean restricted() {
    return !allowedUsers.isEmpty() || usergroup != null;
  }

  /**
   * True when {@code userId} may use Kith.
   *
   * @throws SlackCallException when the user group cannot be read (the caller refuses, and says why)
   */
  public boolean allows(String userId) {
    if (!restricted() || allowedUsers.contains(userId)) {
      return true;
    }
    return usergroup != null && members().contains(userId);
  }

  private synchronized Set<String> members() {
    Instant now = clock.instant();
    if (groupReadAt.plus(GROUP_CACHE).isBefore(now)) {
      UsergroupsUsersListResponse response = api.call("usergroups.users.list", SlackApi.Safety.IDEMPOTENT,
          methods -> methods.usergroupsUsersList(r -> r.usergroup(usergroup)));
      groupMembers = new HashSet<>(response.getUsers());
      groupReadAt = now;
    }
    return groupMembers;
  }
}
