package kith.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;

/** The people on an event: its ORGANIZER, then its ATTENDEEs, by mailto: address. */
final class CalendarAttendees {
  private static final String MAILTO = "mailto:";

  private CalendarAttendees() {}

  static List<Meeting.Attendee> of(VEvent event) {
    List<Property> people = new ArrayList<>(event.getProperties(Property.ORGANIZER));
    people.addAll(event.getProperties(Property.ATTENDEE));
    // The organizer is often listed again as an attendee, sometimes with the name only on one of the two lines.
    Map<String, String> nameByEmail = new LinkedHashMap<>();
    for (Property person : people) {
      Optional<String> email = email(person.getValue());
      if (email.isPresent() && nameByEmail.get(email.get()) == null) {
        nameByEmail.put(email.get(), name(person));
      }
    }
    List<Meeting.Attendee> attendees = new ArrayList<>();
    nameByEmail.forEach((email, name) -> attendees.add(new Meeting.Attendee(email, name)));
    return attendees;
  }

  private static Optional<String> email(String address) {
    if (address == null || !address.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
      return Optional.empty();
    }
    String email = address.substring(MAILTO.length()).trim().toLowerCase(Locale.ROOT);
    return email.contains("@") ? Optional.of(email) : Optional.empty();
  }

  private static String name(Property person) {
    return person.<Cn>getParameter(Parameter.CN)
        .map(Cn::getValue)
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .orElse(null);
  }
}
