package kith.slack.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the Web API stand-in knows about the workspace: people, user groups, messages and their reactions. */
public final class WorkspaceData {
  /** The time zone of people no test described. */
  public static final String DEFAULT_TZ = "Europe/London";

  /** A member of the workspace as users.info describes them. */
  public record User(String id, String realName, String displayName, String email, String tz) {
    /** Someone no test described: named after their id, in {@link #DEFAULT_TZ}. */
    public static User standIn(String id) {
      String name = PayloadParts.userName(id);
      return new User(id, "User " + id, name, name + "@example.com", DEFAULT_TZ);
    }
  }

  /** A message; {@code threadTs} null outside threads, equal to {@code ts} for a thread's parent. */
  public record Message(String channel, String ts, String threadTs, String user, String text) {
    public boolean isReply() {
      return threadTs != null && !threadTs.equals(ts);
    }

    /** The ts of the thread's parent, or its own ts. */
    public String rootTs() {
      return threadTs == null ? ts : threadTs;
    }
  }

  private static final Comparator<Message> OLDEST_FIRST = Comparator.comparing(m -> new BigDecimal(m.ts()));

  private final Map<String, User> users = new LinkedHashMap<>();
  private final Map<String, List<String>> usergroups = new LinkedHashMap<>();
  private final List<Message> messages = new ArrayList<>();
  private final Map<String, Map<String, List<String>>> reactions = new LinkedHashMap<>();

  public synchronized void putUser(User user) {
    users.put(user.id(), user);
  }

  /** The user with this id: the one a test put, or a stand-in. */
  public synchronized User user(String id) {
    return users.getOrDefault(id, User.standIn(id));
  }

  public synchronized Optional<User> userByEmail(String email) {
    return users.values().stream().filter(user -> user.email().equalsIgnoreCase(email)).findFirst();
  }

  public synchronized void setUsergroupMembers(String groupId, List<String> members) {
    usergroups.put(groupId, List.copyOf(members));
  }

  public synchronized Optional<List<String>> usergroupMembers(String groupId) {
    return Optional.ofNullable(usergroups.get(groupId));
  }

  /** Adds a message, replacing one with the same channel and ts. */
  public synchronized void putMessage(Message message) {
    messages.removeIf(old -> old.channel().equals(message.channel()) && old.ts().equals(message.ts()));
    messages.add(message);
  }

  public synchronized Optional<Message> message(String channel, String ts) {
    return messages.stream().filter(m -> m.channel().equals(channel) && m.ts().equals(ts)).findFirst();
  }

  /** Top-level messages (and thread parents) of a channel, newest first, as conversations.history lists them. */
  public synchronized List<Message> history(String channel) {
    return messages.stream()
        .filter(m -> m.channel().equals(channel) && !m.isReply())
        .sorted(OLDEST_FIRST.reversed())
        .toList();
  }

  /** A thread's messages, parent first, or just the one message when it has no replies. */
  public synchronized List<Message> thread(String channel, String rootTs) {
    return messages.stream()
        .filter(m -> m.channel().equals(channel) && (m.ts().equals(rootTs) || rootTs.equals(m.threadTs())))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  public synchronized void addReaction(String channel, String ts, String reaction, String userId) {
    reactions
        .computeIfAbsent(channel + "/" + ts, key -> new LinkedHashMap<>())
        .computeIfAbsent(reaction, key -> new ArrayList<>())
        .add(userId);
  }

  /** Reaction name to the users who reacted, in the order they did. */
  public synchronized Map<String, List<String>> reactions(String channel, String ts) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    reactions.getOrDefault(channel + "/" + ts, Map.of()).forEach((name, who) -> copy.put(name, List.copyOf(who)));
    return copy;
  }

  public synchronized void clear() {
    users.clear();
    usergroups.clear();
    messages.clear();
    reactions.clear();
  }
}
