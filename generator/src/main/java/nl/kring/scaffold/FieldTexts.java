package nl.kring.scaffold;

import java.time.LocalDate;
import java.util.List;

import nl.kring.content.ContentFields;
import nl.kring.content.ContentFields.Kind;
import nl.kring.model.Topic;

/**
 * What a new file says about each field: a short explanation with the allowed values, and the
 * starting value. The allowed values come from {@link ContentFields}, the same lists the readers
 * check against; a field this class has no explanation for is still written, pointing to the docs.
 */
final class FieldTexts {

    private static final String REQUIRED = "REQUIRED. ";

    private final String title;
    private final LocalDate today;
    private final List<Topic> topics;
    private final List<String> regions;
    private final List<String> groups;

    FieldTexts(String title, LocalDate today, List<Topic> topics, List<String> regions, List<String> groups) {
        this.title = title;
        this.today = today;
        this.topics = List.copyOf(topics);
        this.regions = List.copyOf(regions);
        this.groups = List.copyOf(groups);
    }

    void write(Kind kind, String field, FrontMatterWriter out) {
        switch (field) {
            case "name", "title" -> out.comment(REQUIRED + (kind == Kind.GROUP ? "Name of the group." : "Title."))
                    .field(field, FrontMatterWriter.text(title));
            case "topics" -> out.comment(REQUIRED + "At least one topic, as a list: [rouw] or [rouw, mantelzorg].\n"
                            + "Topics (from content/topics.yml):\n" + topicList())
                    .field(field, "[]");
            case "summary" -> out.comment((kind == Kind.GROUP ? REQUIRED : "Optional. ")
                            + "One or two sentences for lists, at most 200 characters.")
                    .field(field, "");
            case "status" -> out.comment("One of: " + values(ContentFields.groupStatuses()) + " (default: active).\n"
                            + "'ended' keeps the page but takes the group out of every list.")
                    .field(field, "active");
            case "audience" -> {
                if (kind == Kind.EVENT) {
                    out.comment("Who it is for, one of: " + values(ContentFields.audiences()) + " (default: everyone).")
                            .field(field, "");
                } else {
                    out.comment("Optional. For whom, in words, e.g. Partners van mensen met dementie.").field(field, "");
                }
            }
            case "format" -> out.comment("One of: " + values(ContentFields.meetingFormats()) + " (default: in-person).\n"
                            + "For 'online', delete the whole location block below.")
                    .field(field, "in-person");
            case "when" -> out.comment(REQUIRED + "When the group meets, in words for people,\n"
                            + "e.g. Elke tweede dinsdag van de maand, 19.30–21.30 uur")
                    .field(field, "");
            case "schedule" -> out.comment("Optional: meeting times for calendar files. To use it, remove the '# '\n"
                            + "in front of 'schedule:' and of the lines you need. It needs start, and days or rrule.\n"
                            + "Meeting dates shown on the page and in the calendar follow it: check from, except and pause.")
                    .commentedBlock(field, ContentFields.scheduleFields().stream().map(this::scheduleLine).toList());
            case "location" -> out.comment(REQUIRED + "Where people meet (not needed when format is online: "
                            + "then delete this block).")
                    .block(field, this::location);
            case "contact" -> out.comment(REQUIRED + "Who to contact: a name, plus at least one of email, phone or url.\n"
                            + "These details are published: prefer a group address over a private one.")
                    .block(field, this::contact);
            case "facilitators" -> out.comment("Number of trained volunteers who lead the group, e.g. 2.").field(field, "");
            case "cost" -> out.comment("Optional. What it costs, e.g. Gratis or € 2,50 per keer voor koffie.").field(field, "");
            case "registration" -> {
                if (kind == Kind.EVENT) {
                    out.comment("Optional: how to sign up. To use it, remove the '# ' in front of these lines\n"
                                    + "and keep at least one of them.")
                            .commentedBlock(field, ContentFields.registrationFields().stream()
                                    .map(f -> f.equals("url") ? "url: https://www.example.org/aanmelden"
                                            : f.equals("email") ? "email: aanmelden@example.org" : f + ":")
                                    .toList());
                } else {
                    out.comment("Optional. Must people sign up first? One of: " + values(ContentFields.registrations()) + ".")
                            .field(field, "");
                }
            }
            case "languages" -> out.comment("Optional. Languages spoken, as a list, e.g. [Nederlands, Arabisch].").field(field, "");
            case "since" -> out.comment("Optional. Date the group started, YYYY-MM-DD.").field(field, "");
            case "updated" -> out.comment("Date the information was last checked with the group, YYYY-MM-DD.\n"
                            + "Set it to the day you check it again.")
                    .field(field, today.toString());
            case "regions" -> out.comment("Optional. Other regions where the group is also listed, as a list [id, id],\n"
                            + "or all (on its own, e.g. for an online group). Regions: " + values(regions) + ".")
                    .field(field, "");
            case "date" -> out.comment(REQUIRED + "Date of the story, YYYY-MM-DD.").field(field, today.toString());
            case "consent" -> out.comment(REQUIRED + "Write true once the storyteller has agreed to publication.\n"
                            + "Without it the story is not published.")
                    .field(field, "");
            case "author" -> out.comment("Optional. A first name or initials only, never a full name (default: Anoniem).")
                    .field(field, "");
            case "group" -> out.comment("Optional. The group the story is about, as <municipality>/<group file name>"
                            + (groups.isEmpty() ? "." : ":\n" + wrap(groups)))
                    .field(field, "");
            case "image" -> out.comment("Optional. An image file in the repository, relative to this file,\n"
                            + "e.g. images/wandeling.jpg (never a web address).")
                    .field(field, "");
            case "imageAlt" -> out.comment("Needed with image: a short description of what the image shows.").field(field, "");
            case "type" -> out.comment(REQUIRED + "One of: " + values(ContentFields.eventTypes()) + ".").field(field, "");
            case "start" -> out.comment(REQUIRED + "Date and time it starts, YYYY-MM-DDTHH:MM, e.g. "
                            + today.plusMonths(1) + "T19:30.")
                    .field(field, "");
            case "end" -> out.comment("When it ends: a date and time, or only HH:MM on the day it starts, e.g. 21:30.")
                    .field(field, "");
            case "menu" -> out.comment("Optional. Position in the main menu, a whole number (lowest first).\n"
                            + "Without it a network page is linked in the footer.")
                    .field(field, "");
            default -> out.comment("See docs/content.md for '" + field + "'.").field(field, "");
        }
    }

    private void location(FrontMatterWriter out) {
        for (String field : ContentFields.locationFields()) {
            switch (field) {
                case "name" -> out.comment("Optional. Name of the venue.").field(field, "");
                case "address" -> out.comment(REQUIRED + "Street and number (may stay empty when private is true).")
                        .field(field, "");
                case "postcode" -> out.comment("Optional. Like 6041 AB.").field(field, "");
                case "city" -> out.comment(REQUIRED + "Town or city.").field(field, "");
                case "accessible" -> out.comment("Optional. Wheelchair accessible: true or false.").field(field, "");
                case "private" -> out.comment("true for a private address (someone's home): it is never published,\n"
                                + "the site shows 'adres na aanmelding'.")
                        .field(field, "false");
                default -> out.comment("See docs/content.md for '" + field + "'.").field(field, "");
            }
        }
    }

    private void contact(FrontMatterWriter out) {
        for (String field : ContentFields.contactFields()) {
            switch (field) {
                case "name" -> out.comment(REQUIRED + "First name of the contact person.").field(field, "");
                case "organisation" -> out.comment("Optional. Organisation.").field(field, "");
                case "email" -> out.comment("E-mail address.").field(field, "");
                case "phone" -> out.comment("Phone number in quotes, e.g. \"0475 123 456\".").field(field, "");
                case "url" -> out.comment("Web address starting with https://, e.g. a sign-up form.").field(field, "");
                default -> out.comment("See docs/content.md for '" + field + "'.").field(field, "");
            }
        }
    }

    private String scheduleLine(String field) {
        return switch (field) {
            case "days" -> "days: [tuesday]           # " + values(ContentFields.weekdays());
            case "start" -> "start: \"19:30\"";
            case "end" -> "end: \"21:30\"";
            case "rrule" -> "rrule: FREQ=MONTHLY;BYDAY=2TU   # optional, e.g. every second Tuesday";
            case "from" -> "from: 2027-01-12              # date of the first meeting (needed for a starting group)";
            case "until" -> "until: 2027-12-14             # optional: date of the last meeting";
            case "except" -> "except: [2027-04-13]          # optional: meeting dates that are skipped";
            case "pause" -> "pause: [7, 8]                 # optional: months without meetings (here July and August)";
            default -> field + ":";
        };
    }

    private String topicList() {
        return topics.isEmpty() ? "  (content/topics.yml has no topics yet)"
                : wrap(topics.stream().map(t -> t.slug() + " (" + t.name() + ")").toList());
    }

    private static String values(List<String> values) {
        return String.join(", ", values);
    }

    /** Items joined with ", " in lines of at most about 90 characters, each indented. */
    private static String wrap(List<String> items) {
        StringBuilder out = new StringBuilder("  ");
        int lineLength = 2;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : "");
            if (lineLength > 2 && lineLength + 1 + item.length() > 90) {
                out.append("\n  ");
                lineLength = 2;
            } else if (lineLength > 2) {
                out.append(' ');
                lineLength++;
            }
            out.append(item);
            lineLength += item.length();
        }
        return out.toString();
    }
}
