package nl.kring.content;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.message.Message;
import nl.kring.model.Audience;
import nl.kring.model.Event;
import nl.kring.model.EventType;
import nl.kring.model.MeetingFormat;
import nl.kring.source.YamlMap;

/** Reads and checks {@code content/<municipality>/events/<slug>.md}. */
final class EventReader {

    static final Map<String, EventType> TYPES = GroupReader.codes(EventType.values(), EventType::code);
    static final Map<String, Audience> AUDIENCES = GroupReader.codes(Audience.values(), Audience::code);

    /** The front-matter fields an activity file may have. */
    static final String[] FIELDS = {"draft", "publishFrom", "title", "type", "start", "end", "audience", "format", "location",
        "registration", "cost"};

    private final ContentIndex index;
    private final MarkdownChecker markdown;

    EventReader(ContentIndex index, MarkdownChecker markdown) {
        this.index = index;
        this.markdown = markdown;
    }

    Optional<Event> read(MarkdownFile file, String municipality) {
        YamlMap f = file.fields();
        CommonFields.publication(f);
        String slug = CommonFields.slug(file);
        String title = f.requiredText("title");
        EventType type = f.choice("type", TYPES, DutchWords.EVENT_TYPES);
        if (!f.has("type")) {
            f.diagnostics().error(f.start(), "event.type.missing", Message.or(TYPES.keySet()));
        }
        LocalDateTime start = f.requiredDateTime("start");
        checkTitleNamesTheStart(f, title, start);
        LocalDateTime end = end(f, start);
        if (!f.has("end")) {
            f.diagnostics().warning(f.positionOf("start"), "event.end.missing");
        }
        Audience audience = Optional.ofNullable(f.choice("audience", AUDIENCES, DutchWords.AUDIENCES)).orElse(Audience.EVERYONE);
        MeetingFormat format = Optional.ofNullable(f.choice("format", GroupReader.FORMATS, DutchWords.FORMATS))
                .orElse(MeetingFormat.IN_PERSON);
        var location = CommonFields.location(f, "location");
        if (format.needsLocation() && !f.has("location")) {
            f.diagnostics().error(f.start(), "location.missing");
        }
        var registration = CommonFields.registration(f, "registration");
        markdown.check(file.body(), index);
        if (index.sketchesDraft(file.file().path()) && location != null && location.city() == null) {
            location = null;  // a half-filled place in a draft: not shown until it is a place (its fields are reported)
        }
        if (title == null && type != null && start != null && index.sketchesDraft(file.file().path())) {
            title = slug;  // a draft in the preview; without a type and start it has no place in the calendar yet
        }
        if (title == null || type == null || start == null) {
            return Optional.empty();
        }
        return Optional.of(new Event(municipality, slug, file.file().path(), title, type, start, end, audience,
                format, location, registration, f.text("cost"), file.body()));
    }

    /**
     * A title that names a day ("Open dag 3 oktober", "Donderdagavondlezing") tells residents when to come, as the
     * date under it does: a file copied from last year's event with only {@code start} changed says two things.
     * A day and month or a weekday that is not the start's is an error; a year that is not the start's a warning
     * (a title may look back: "Terugblik op 2025").
     */
    private static void checkTitleNamesTheStart(YamlMap f, String title, LocalDateTime start) {
        if (title == null || start == null) {
            return;
        }
        java.time.LocalDate day = start.toLocalDate();
        for (java.time.MonthDay named : DutchWords.daysNamedIn(title)) {
            if (!named.equals(java.time.MonthDay.from(day))) {
                f.error("title", "event.title.otherDay", named.getDayOfMonth(),
                        Message.of("month." + named.getMonthValue()), day.toString());
                return;
            }
        }
        java.util.Set<java.time.DayOfWeek> weekdays = DutchWords.weekdaysNamedIn(title);
        if (!weekdays.isEmpty() && !weekdays.contains(day.getDayOfWeek())) {
            f.error("title", "event.title.otherWeekday", Message.and(weekdays.stream().map(DutchWords::weekdayName).toList()),
                    day.toString(), DutchWords.weekdayName(day.getDayOfWeek()));
            return;
        }
        List<Integer> years = DutchWords.yearsNamedIn(title);
        if (!years.isEmpty() && !years.contains(day.getYear())) {   // "seizoen 2026-2027" holds its start's year
            f.warn("title", "event.title.otherYear", years.getFirst(), day.toString());
        }
    }

    /** {@code end} is a full date-time, or only a time on the start's day. */
    private static LocalDateTime end(YamlMap f, LocalDateTime start) {
        if (!f.has("end")) {
            return null;
        }
        String raw = f.text("end");
        LocalDateTime end;
        // a time on its own, also as Dutch writes it ("21u", "21.30 uur": reported as a time, with the form meant)
        if (raw != null && (raw.matches("\\d{1,2}[:.]\\d{2}") || nl.kring.source.WrittenTimes.read(raw).isPresent())) {
            LocalTime time = f.time("end");
            end = time == null || start == null ? null : start.toLocalDate().atTime(time);
        } else {
            end = f.dateTime("end");
        }
        if (end != null && start != null && !end.isAfter(start)) {
            f.error("end", "field.end.beforeStart", end.toString().replace('T', ' '), start.toString().replace('T', ' '));
            return null;
        }
        return end;
    }
}
