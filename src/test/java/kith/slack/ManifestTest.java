package kith.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** manifest.yml creates the whole Slack app in one paste: it must satisfy Slack's schema and match what Kith handles. */
class ManifestTest {
  static final Path MANIFEST = Path.of("manifest.yml");
  /** Slack's manifest schema (MIT, Slack Technologies), copied with its licence from the workplace's shared folder. */
  static final Path SCHEMA = Path.of("src/test/resources/slack/manifest-schema/manifest.schema.1.0.0.json");
  static final String EVENTS_URL_SUFFIX = "/slack/events";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode manifest;

  @BeforeAll
  static void loadManifest() throws IOException {
    try (InputStream in = Files.newInputStream(MANIFEST)) {
      Object yaml = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      manifest = JSON.valueToTree(yaml);
    }
  }

  @Test
  void manifestSatisfiesSlackSchema() throws IOException {
    Set<ValidationMessage> messages = validate(manifest);
    assertTrue(messages.isEmpty(), () -> "manifest.yml breaks Slack's manifest schema:\n" + describe(messages));
  }

  @Test
  void schemaCatchesABrokenManifest() throws IOException {
    ObjectNode nameless = manifest.deepCopy();
    ((ObjectNode) nameless.get("display_information")).remove("name");
    assertFalse(validate(nameless).isEmpty(), "a manifest without display_information.name passed validation");

    ObjectNode unknownKey = manifest.deepCopy();
    unknownKey.put("not_a_manifest_key", true);
    assertFalse(validate(unknownKey).isEmpty(), "a manifest with an unknown top-level key passed validation");
  }

  @Test
  void backgroundColorIsAHexColour() {
    // The schema spells this constraint "regex", which JSON Schema ignores, so it is checked here.
    String colour = manifest.at("/display_information/background_color").asText();
    assertTrue(colour.matches("^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$"), colour);
  }

  @Test
  void slashCommandsEscapeMentionsAndShowUsage() {
    JsonNode commands = manifest.at("/features/slash_commands");
    Set<String> names = new HashSet<>();
    for (JsonNode command : commands) {
      String name = command.path("command").asText();
      names.add(name);
      assertTrue(command.path("should_escape").asBoolean(false), name + " must set should_escape: true");
      assertFalse(command.path("usage_hint").asText("").isBlank(), name + " needs a usage_hint");
      assertFalse(command.path("description").asText("").isBlank(), name + " needs a description");
    }
    assertEquals(Set.of("/who", "/brief"), names);
  }

  @Test
  void botEventsAreExactlyThoseKithHandles() {
    assertEquals(
        Set.of("app_mention", "app_home_opened", "reaction_added", "reaction_removed",
            "message.channels", "message.groups"),
        texts(manifest.at("/settings/event_subscriptions/bot_events")));
  }

  @Test
  void botScopesAreExactlyTheSmallestSet() {
    // Adding a scope makes every workspace re-approve the app: change this set on purpose, never by accident.
    assertEquals(
        Set.of("commands", "app_mentions:read", "chat:write", "im:write", "users:read", "users:read.email",
            "usergroups:read", "reactions:read", "channels:history", "groups:history"),
        texts(manifest.at("/oauth_config/scopes/bot")));
    assertTrue(manifest.at("/oauth_config/scopes/user").isMissingNode(), "Kith acts as its bot only");
  }

  @Test
  void messageShortcutRecordsDecisions() {
    JsonNode shortcuts = manifest.at("/features/shortcuts");
    assertEquals(1, shortcuts.size());
    JsonNode shortcut = shortcuts.get(0);
    assertEquals("message", shortcut.path("type").asText());
    assertEquals("Record decision", shortcut.path("name").asText());
    assertEquals("record_decision", shortcut.path("callback_id").asText());
  }

  @Test
  void socketModeIsOn() {
    assertTrue(manifest.at("/settings/socket_mode_enabled").asBoolean(false));
    assertTrue(manifest.at("/settings/interactivity/is_enabled").asBoolean(false));
  }

  @Test
  void everyUrlPointsAtSlackEvents() {
    List<String> urls = new ArrayList<>();
    collectUrls(manifest, urls);
    // two commands, the event request URL, interactivity and the options load URL
    assertEquals(5, urls.size(), urls::toString);
    for (String url : urls) {
      assertTrue(url.endsWith(EVENTS_URL_SUFFIX), url + " must end with " + EVENTS_URL_SUFFIX);
    }
  }

  private static Set<ValidationMessage> validate(JsonNode node) throws IOException {
    JsonNode schemaNode;
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schemaNode = JSON.readTree(in);
    }
    // The schema declares its own draft in "$schema" (draft-07 today); validate with exactly that one.
    SpecVersion.VersionFlag draft = SpecVersionDetector.detect(schemaNode);
    JsonSchema schema = JsonSchemaFactory.getInstance(draft).getSchema(schemaNode);
    return schema.validate(node);
  }

  private static String describe(Set<ValidationMessage> messages) {
    return messages.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n"));
  }

  private static Set<String> texts(JsonNode array) {
    assertTrue(array.isArray(), () -> "expected a list, found " + array);
    Set<String> values = new HashSet<>();
    array.forEach(value -> values.add(value.asText()));
    assertEquals(array.size(), values.size(), () -> "duplicates in " + array);
    return values;
  }

  private static void collectUrls(JsonNode node, List<String> urls) {
    if (node.isTextual() && node.asText().matches("^https?://.*")) {
      urls.add(node.asText());
    }
    node.forEach(child -> collectUrls(child, urls));
  }
}
