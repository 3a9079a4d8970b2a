package nl.kring.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.model.Topic;
import nl.kring.source.SourceReader;

/**
 * The content format as the readers define it: which fields each file type has and which values
 * the choice fields allow. Tools that write content (such as {@code kring new}) read it here, so
 * they cannot drift from what {@code kring check} accepts.
 */
public final class ContentFields {

    private ContentFields() {
    }

    /** The kinds of Markdown content file, by their folder under a municipality. */
    public enum Kind {
        GROUP("groups", GroupReader.FIELDS),
        STORY("stories", StoryReader.FIELDS),
        EVENT("events", EventReader.FIELDS),
        PAGE("pages", PageReader.FIELDS);

        private final String folder;
        private final String[] fields;

        Kind(String folder, String[] fields) {
            this.folder = folder;
            this.fields = fields;
        }

        /** The folder under {@code content/<municipality>/} (and {@code content/} for network pages). */
        public String folder() {
            return folder;
        }

        /** The front-matter fields, in the order the documentation lists them. */
        public List<String> fields() {
            return List.of(fields);
        }
    }

    /** The fields of one topic in {@code content/topics.yml}. */
    public static List<String> topicFields() {
        return List.of(TopicsReader.FIELDS);
    }

    public static List<String> contactFields() {
        return List.of(CommonFields.CONTACT_FIELDS);
    }

    public static List<String> locationFields() {
        return List.of(CommonFields.LOCATION_FIELDS);
    }

    public static List<String> registrationFields() {
        return List.of(CommonFields.REGISTRATION_FIELDS);
    }

    public static List<String> scheduleFields() {
        return List.of(GroupReader.SCHEDULE_FIELDS);
    }

    public static List<String> groupStatuses() {
        return codes(GroupReader.STATUSES);
    }

    public static List<String> meetingFormats() {
        return codes(GroupReader.FORMATS);
    }

    public static List<String> registrations() {
        return codes(GroupReader.REGISTRATIONS);
    }

    public static List<String> weekdays() {
        return codes(GroupReader.WEEKDAYS);
    }

    public static List<String> eventTypes() {
        return codes(EventReader.TYPES);
    }

    public static List<String> audiences() {
        return codes(EventReader.AUDIENCES);
    }

    /** The topics of {@code content/topics.yml}; problems with that file go to {@code diagnostics}. */
    public static List<Topic> topics(SourceReader reader, Diagnostics diagnostics) {
        Path file = reader.root().resolve(TopicsReader.PATH);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return reader.read(file).map(f -> new TopicsReader(diagnostics).read(f)).orElse(List.of());
    }

    private static List<String> codes(Map<String, ?> values) {
        return List.copyOf(values.keySet());
    }
}
