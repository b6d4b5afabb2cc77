package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kith.vault.PeopleNote.Attribute;
import kith.vault.PeopleNote.AttributeSource;
import org.junit.jupiter.api.Test;

class ProfileTest {

  @Test
  void fieldFormsBackgroundAndUnknownKeys() {
    PeopleNote note = Notes.person("People/sipho.md", "profile-forms.md");
    assertEquals(
        new PeopleNote.Profile(
            "Robotics lead",
            "Mentor",
            "Ubuntu Robotics",
            "sipho@example.net",
            "Grew up in Durban. Studied mechatronics in Cape Town.\nLikes long walks."),
        note.profile());
    assertEquals(
        List.of(
            new Attribute(AttributeSource.FRONTMATTER, "role", "\"Frontmatter role is not used\"", true),
            new Attribute(AttributeSource.PROFILE, "Title", "\"Chief Architect\"", true),
            new Attribute(AttributeSource.PROFILE, "Languages", "\"isiZulu\\nEnglish\"", true),
            new Attribute(AttributeSource.PROFILE, "Favourite Food", "\"Bunny chow\"", true),
            new Attribute(AttributeSource.PROFILE, "Title", "\"Second title is kept\"", true)),
        note.attributes());
  }

  @Test
  void aTitleStandsInForAMissingRole() {
    String text = "## Profile\n\n**Title**: Head of Research\n**Company**: Norrsken Labs\n";
    PeopleNote.Profile profile = Notes.personOf(Notes.readText("People/x.md", text)).profile();
    assertEquals(new PeopleNote.Profile("Head of Research", null, "Norrsken Labs", null, null), profile);
  }

  @Test
  void backgroundFromAParagraphBelowItsKey() {
    String text = "## About\n\n**Background**:\n\nSpent ten years in shipping.\nNow advises startups.\n";
    PeopleNote.Profile profile = Notes.personOf(Notes.readText("People/x.md", text)).profile();
    assertEquals("Spent ten years in shipping.\nNow advises startups.", profile.background());
  }
}
