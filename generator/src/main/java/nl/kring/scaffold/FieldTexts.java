package nl.kring.scaffold;

import java.time.LocalDate;
import java.util.List;

import nl.kring.content.ContentFields;
import nl.kring.content.ContentFields.Kind;
import nl.kring.message.Message;
import nl.kring.message.Texts;
import nl.kring.model.Topic;

/**
 * What a new file says about each field: a short explanation with the allowed values, and the
 * starting value. The allowed values come from {@link ContentFields}, the same lists the readers
 * check against; a field this class has no explanation for is still written, pointing to the docs.
 */
final class FieldTexts {

    private final Texts texts;
    private final String title;
    private final LocalDate today;
    private final List<Topic> topics;
    private final List<String> regions;
    private final List<String> groups;

    /** @param texts the language of the comments: the editor's, like every other message */
    FieldTexts(Texts texts, String title, LocalDate today, List<Topic> topics, List<String> regions, List<String> groups) {
        this.texts = texts;
        this.title = title;
        this.today = today;
        this.topics = List.copyOf(topics);
        this.regions = List.copyOf(regions);
        this.groups = List.copyOf(groups);
    }

    void write(Kind kind, String field, FrontMatterWriter out) {
        switch (field) {
            case "draft" -> out.comment(text("scaffold.draft")).field(field, "true");
            case "publishFrom" -> out.comment(optional("scaffold.publishFrom")).field(field, "");
            case "name", "title" -> out.comment(required(kind == Kind.GROUP ? "scaffold.name" : "scaffold.title"))
                    .field(field, FrontMatterWriter.text(title));
            case "topics" -> out.comment(required("scaffold.topics", topicList())).field(field, "[]");
            case "summary" -> out.comment(kind == Kind.GROUP ? required("scaffold.summary")
                            : optional("scaffold.summary"))
                    .field(field, "");
            case "status" -> out.comment(text("scaffold.status", values("status", ContentFields.groupStatuses())))
                    .field(field, "active");
            case "audience" -> {
                if (kind == Kind.EVENT) {
                    out.comment(text("scaffold.audience.event", values("audience", ContentFields.audiences())))
                            .field(field, "");
                } else {
                    out.comment(optional("scaffold.audience.group")).field(field, "");
                }
            }
            case "format" -> out.comment(text("scaffold.format", values("format", ContentFields.meetingFormats())))
                    .field(field, "in-person");
            case "when" -> out.comment(required("scaffold.when")).field(field, "");
            case "schedule" -> out.comment(text("scaffold.schedule"))
                    .commentedBlock(field, ContentFields.scheduleFields().stream().map(this::scheduleLine).toList());
            case "location" -> out.comment(required("scaffold.location")).block(field, this::location);
            case "contact" -> out.comment(required("scaffold.contact")).block(field, this::contact);
            case "facilitators" -> out.comment(text("scaffold.facilitators")).field(field, "");
            case "cost" -> out.comment(optional("scaffold.cost")).field(field, "");
            case "registration" -> {
                if (kind == Kind.EVENT) {
                    out.comment(text("scaffold.registration.event"))
                            .commentedBlock(field, ContentFields.registrationFields().stream()
                                    .map(f -> f.equals("url") ? "url: https://www.example.org/aanmelden"
                                            : f.equals("email") ? "email: aanmelden@example.org" : f + ":")
                                    .toList());
                } else {
                    out.comment(optional("scaffold.registration.group",
                                    values("registration", ContentFields.registrations())))
                            .field(field, "");
                }
            }
            case "languages" -> out.comment(optional("scaffold.languages")).field(field, "");
            case "since" -> out.comment(optional("scaffold.since")).field(field, "");
            case "updated" -> out.comment(text("scaffold.updated")).field(field, today.toString());
            case "regions" -> out.comment(optional("scaffold.regions", String.join(", ", regions))).field(field, "");
            case "date" -> out.comment(required("scaffold.date")).field(field, today.toString());
            case "consent" -> out.comment(required("scaffold.consent")).field(field, "");
            case "author" -> out.comment(optional("scaffold.author")).field(field, "");
            case "group" -> out.comment(groups.isEmpty() ? optional("scaffold.group.none")
                            : optional("scaffold.group", wrap(groups)))
                    .field(field, "");
            case "image" -> out.comment(optional("scaffold.image")).field(field, "");
            case "imageAlt" -> out.comment(text("scaffold.imageAlt")).field(field, "");
            case "type" -> out.comment(required("scaffold.type", values("type", ContentFields.eventTypes())))
                    .field(field, "");
            case "start" -> out.comment(required("scaffold.start", today.plusMonths(1) + "T19:30")).field(field, "");
            case "end" -> out.comment(text("scaffold.end")).field(field, "");
            case "menu" -> out.comment(optional("scaffold.menu")).field(field, "");
            default -> out.comment(text("scaffold.seeDocs", field)).field(field, "");
        }
    }

    private void location(FrontMatterWriter out) {
        for (String field : ContentFields.locationFields()) {
            switch (field) {
                case "name" -> out.comment(optional("scaffold.location.name")).field(field, "");
                case "address" -> out.comment(required("scaffold.location.address")).field(field, "");
                case "postcode" -> out.comment(optional("scaffold.location.postcode")).field(field, "");
                case "city" -> out.comment(required("scaffold.location.city")).field(field, "");
                case "accessible" -> out.comment(optional("scaffold.location.accessible")).field(field, "");
                case "private" -> out.comment(text("scaffold.location.private")).field(field, "false");
                default -> out.comment(text("scaffold.seeDocs", field)).field(field, "");
            }
        }
    }

    private void contact(FrontMatterWriter out) {
        for (String field : ContentFields.contactFields()) {
            switch (field) {
                case "name" -> out.comment(required("scaffold.contact.name")).field(field, "");
                case "organisation" -> out.comment(optional("scaffold.contact.organisation")).field(field, "");
                case "email" -> out.comment(text("scaffold.contact.email")).field(field, "");
                case "phone" -> out.comment(text("scaffold.contact.phone")).field(field, "");
                case "url" -> out.comment(text("scaffold.contact.url")).field(field, "");
                default -> out.comment(text("scaffold.seeDocs", field)).field(field, "");
            }
        }
    }

    private String scheduleLine(String field) {
        return switch (field) {
            case "days" -> "days: [tuesday]           # " + String.join(", ", ContentFields.weekdays());
            case "start" -> "start: \"19:30\"";
            case "end" -> "end: \"21:30\"";
            case "rrule" -> "rrule: FREQ=MONTHLY;BYDAY=2TU   # " + text("scaffold.schedule.rrule");
            case "from" -> "from: 2027-01-12              # " + text("scaffold.schedule.from");
            case "until" -> "until: 2027-12-14             # " + text("scaffold.schedule.until");
            case "except" -> "except: [2027-04-13]          # " + text("scaffold.schedule.except");
            case "pause" -> "pause: [7, 8]                 # " + text("scaffold.schedule.pause");
            default -> field + ":";
        };
    }

    private String topicList() {
        return topics.isEmpty() ? "  " + text("scaffold.topics.none")
                : wrap(topics.stream().map(t -> t.slug() + " (" + t.name() + ")").toList());
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** "VERPLICHT. …": a field {@code kring check} reports until it is filled in. */
    private String required(String key, Object... args) {
        return texts.text("scaffold.required", Message.of(key, args));
    }

    private String optional(String key, Object... args) {
        return texts.text("scaffold.optional", Message.of(key, args));
    }

    /** The allowed values, each with its Dutch words where the language has them: "full (vol)". */
    private String values(String field, List<String> values) {
        return String.join(", ", values.stream().map(v -> texts.text("scaffold.value", v,
                Message.of("value." + field + "." + v))).toList());
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
