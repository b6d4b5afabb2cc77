package kith.contact;

/** What Slack says of a user ({@code users.info}): the names and email a contact can be found by. */
public record SlackUser(String id, String realName, String displayName, String email, String timeZone) {}
