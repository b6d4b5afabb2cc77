package kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kith.slack.testing.Payloads;
import kith.vault.VaultImporter;
import kith.slack.testing.SlackClient;
import kith.slack.testing.SlackClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signatures, timestamps, sizes, access and health, over real HTTP. */
class SlackRulesIT {
  @TempDir Path temp;
  KithHarness kith;

  @AfterEach
  void stop() throws Exception {
    kith.close();
  }

  String whoBody(String user) {
    return SlackClient.form(Payloads.slashCommand("/who", "Kushal", user, "C0GENERAL",
        kith.slack.responseUrl("who")));
  }

  boolean answeredWithData(Response response) {
    return response.body().contains("Platform engineering lead");
  }

  @Test
  void aWrongSignatureIsRefusedAndDoesNothing() throws Exception {
    kith = new KithHarness(temp).start();
    String body = whoBody("U0ASKER");
    Map<String, String> forged = Map.of("X-Slack-Signature", "v0=" + "0".repeat(64));

    Response response = kith.client.post(body, SlackClient.FORM, forged, kith.client.now());

    assertEquals(401, response.status());
    assertFalse(answeredWithData(response));
  }

  @Test
  void anUnsignedRequestIsRefused() throws Exception {
    kith = new KithHarness(temp).start();
    Response response = kith.client.unsigned(whoBody("U0ASKER"), SlackClient.FORM);
    assertEquals(401, response.status());
  }

  @Test
  void aTimestampMoreThanFiveMinutesAwayIsRefusedEitherWay() throws Exception {
    kith = new KithHarness(temp).start();
    String body = whoBody("U0ASKER");
    // Stamps are whole seconds read before the request is sent, and Kith reads its clock when it arrives: a
    // stamp 301 s ahead became 300 s, inside the window, when a second began between the two. Ten seconds out of
    // the window hold whatever the request takes.
    long outside = 310;

    assertEquals(401, kith.client.post(body, SlackClient.FORM, Map.of(), kith.client.now() - outside).status());
    Response future = kith.client.post(body, SlackClient.FORM, Map.of(), kith.client.now() + outside);
    assertEquals(401, future.status());
    assertFalse(answeredWithData(future));
    assertTrue(answeredWithData(kith.client.post(body, SlackClient.FORM, Map.of(), kith.client.now() - 200)));
  }

  @Test
  void anOversizedRequestIsRefused() throws Exception {
    kith = new KithHarness(temp).start();
    String body = whoBody("U0ASKER") + "&padding=" + "x".repeat(1_100_000);

    assertEquals(413, kith.client.post(body, SlackClient.FORM, Map.of(), kith.client.now()).status());
  }

  @Test
  void anOversizedBodyIsReadBeforeItIsRefusedSoTheConnectionLives() throws Exception {
    kith = new KithHarness(temp).start();
    byte[] body = ("padding=" + "x".repeat(1_100_000)).getBytes(StandardCharsets.US_ASCII);

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), kith.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /slack/events HTTP/1.1\r\nHost: kith\r\nContent-Type: " + SlackClient.FORM
          + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.write("GET /healthz HTTP/1.1\r\nHost: kith\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));

      assertEquals("HTTP/1.1 413 Payload Too Large", in.readLine());
      int length = 0;
      for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(header.substring("content-length:".length()).strip());
        }
      }
      assertEquals(length, in.skip(length));
      String line = in.readLine();
      assertEquals("HTTP/1.1 200 OK", line, "the next request on the same connection is answered");
    }
  }

  @Test
  void aBodyWithoutALengthIsReadWholeUpToTheLimitAndRefusedPastIt() throws Exception {
    kith = new KithHarness(temp).start();

    assertTrue(answeredWithData(kith.client.chunked(whoBody("U0ASKER"), SlackClient.FORM)));
    assertEquals(413, kith.client.chunked(whoBody("U0ASKER") + "&padding=" + "x".repeat(1_100_000), SlackClient.FORM)
        .status());
  }

  @Test
  void onlyAllowedUsersGetData() throws Exception {
    kith = new KithHarness(temp);
    kith.env.put("KITH_ALLOWED_USERS", "U0ALLOWED");
    kith.start();

    Response refused = kith.client.slashCommand(Payloads.slashCommand("/who", "Kushal", "U0OTHER", "C0GENERAL",
        kith.slack.responseUrl("who")));
    assertEquals(200, refused.status());
    assertFalse(answeredWithData(refused));
    assertTrue(refused.body().contains("only open to some people"), refused::body);

    assertTrue(answeredWithData(kith.client.slashCommand(Payloads.slashCommand("/who", "Kushal", "U0ALLOWED",
        "C0GENERAL", kith.slack.responseUrl("who")))));
  }

  @Test
  void membersOfTheAllowedUserGroupGetData() throws Exception {
    kith = new KithHarness(temp);
    kith.env.put("KITH_ALLOWED_USERGROUP", "S0TEAM");
    kith.start();
    kith.slack.setUsergroupMembers("S0TEAM", List.of("U0MEMBER"));

    assertTrue(answeredWithData(kith.client.slashCommand(Payloads.slashCommand("/who", "Kushal", "U0MEMBER",
        "C0GENERAL", kith.slack.responseUrl("who")))));
    assertFalse(answeredWithData(kith.client.slashCommand(Payloads.slashCommand("/who", "Kushal", "U0STRANGER",
        "C0GENERAL", kith.slack.responseUrl("who")))));
    assertEquals(1, kith.slack.calls("usergroups.users.list").size(), "the group is cached");
  }

  @Test
  void healthSaysWhetherTheDatabaseAnswers() throws Exception {
    kith = new KithHarness(temp).start();
    HttpClient http = HttpClient.newHttpClient();
    URI health = URI.create("http://127.0.0.1:" + kith.server.port() + "/healthz");

    assertEquals(200, http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
        .statusCode());
    kith.wiring.database().close();
    assertEquals(503, http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
        .statusCode());
  }

  @Test
  void noteTextCannotPingAnyone() throws Exception {
    kith = new KithHarness(temp).start();
    Path vault = temp.resolve("vault/People");
    java.nio.file.Files.createDirectories(vault);
    java.nio.file.Files.writeString(vault.resolve("Mallory.md"),
        "---\ntype: people\n---\n# Mallory <!channel>\n\n## Key Facts\n\n- Says hi to <@U0BOSS> & <!here>\n");
    kith.wiring.importVault(temp.resolve("vault"), VaultImporter.Progress.NONE);

    JsonObject body = kith.client.slashCommand(Payloads.slashCommand("/who", "Mallory", "U0ASKER", "C0GENERAL",
        kith.slack.responseUrl("who"))).json().getAsJsonObject();

    String json = body.toString();
    assertFalse(json.contains("<!channel>") || json.contains("<@U0BOSS>") || json.contains("<!here>"), json);
    assertTrue(json.contains("&lt;@U0BOSS&gt; &amp; &lt;!here&gt;"), json);
  }
}
