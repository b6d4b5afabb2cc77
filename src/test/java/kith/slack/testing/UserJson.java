package kith.slack.testing;

import static kith.slack.testing.TestWorkspace.TEAM_ID;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import kith.slack.testing.WorkspaceData.User;

/** users.info and users.lookupByEmail answers, built on the recorded shapes with a person's details filled in. */
public final class UserJson {
  private UserJson() {}

  public static JsonObject usersInfo(User user) {
    JsonObject body = WebApiAnswers.succeeded(JsonResources.payload("users.info.json"));
    fill(body.getAsJsonObject("user"), user);
    return body;
  }

  public static JsonObject lookupByEmail(User user) {
    JsonObject body = WebApiAnswers.succeeded(JsonResources.payload("users.lookupByEmail.json"));
    body.remove("response_metadata");
    fill(body.getAsJsonObject("user"), user);
    return body;
  }

  private static void fill(JsonObject json, User user) {
    ZoneId zone = ZoneId.of(user.tz());
    boolean summer = zone.getRules().isDaylightSavings(Instant.now());
    json.addProperty("id", user.id());
    json.addProperty("team_id", TEAM_ID);
    json.addProperty("name", PayloadParts.userName(user.id()));
    json.addProperty("color", "9f69e7");
    json.addProperty("real_name", user.realName());
    json.addProperty("tz", user.tz());
    json.addProperty("tz_label", TimeZone.getTimeZone(zone).getDisplayName(summer, TimeZone.LONG, Locale.ENGLISH));
    json.addProperty("tz_offset", zone.getRules().getOffset(Instant.now()).getTotalSeconds());
    json.addProperty("updated", 1_700_000_000L);
    json.addProperty("locale", "en-GB");
    json.addProperty("is_email_confirmed", true);
    json.addProperty("who_can_share_contact_card", "EVERYONE");
    // Enterprise Grid and app-user fields: absent for a member of a single workspace.
    json.remove("enterprise_user");
    json.remove("enterprise_id");
    json.remove("enterprise_name");
    json.remove("two_factor_type");
    JsonArray teams = new JsonArray();
    teams.add(TEAM_ID);
    if (json.has("teams")) {
      json.add("teams", teams);
    }
    fillProfile(json.getAsJsonObject("profile"), user);
  }

  private static void fillProfile(JsonObject profile, User user) {
    String[] names = user.realName().split(" ", 2);
    profile.addProperty("real_name", user.realName());
    profile.addProperty("real_name_normalized", user.realName());
    profile.addProperty("display_name", user.displayName());
    profile.addProperty("display_name_normalized", user.displayName());
    profile.addProperty("email", user.email());
    profile.addProperty("first_name", names[0]);
    profile.addProperty("last_name", names.length > 1 ? names[1] : "");
    profile.addProperty("team", TEAM_ID);
    profile.addProperty("status_expiration", 0);
    profile.addProperty("huddle_state", "default_unset");
    profile.addProperty("huddle_state_expiration_ts", 0);
    profile.add("status_emoji_display_info", new JsonArray());
    // Only bots and invited guests carry these.
    profile.remove("api_app_id");
    profile.remove("bot_id");
    profile.remove("always_active");
    profile.remove("guest_invited_by");
  }
}
