package nl.kring.render;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import nl.kring.config.RegionConfig;
import nl.kring.model.Event;
import nl.kring.model.Group;
import nl.kring.model.Location;
import nl.kring.model.MeetingFormat;

import static nl.kring.text.Json.quote;

/**
 * schema.org JSON-LD for groups and activities. Contact persons are deliberately left out: their
 * details are on the page for residents, not handed to crawlers in bulk.
 */
final class StructuredData {

    private StructuredData() {
    }

    static String group(Group group, String url, String municipality) {
        List<String> fields = new ArrayList<>();
        fields.add(pair("@context", quote("https://schema.org")));
        fields.add(pair("@type", quote("Organization")));
        fields.add(pair("name", quote(group.name())));
        fields.add(pair("description", quote(group.summary())));
        fields.add(pair("url", quote(url)));
        fields.add(pair("areaServed", quote(municipality)));
        if (group.location() != null && !group.location().isPrivate() && group.format() != MeetingFormat.ONLINE) {
            fields.add(pair("address", address(group.location())));
        }
        return object(fields);
    }

    static String event(Event event, String url, ZoneId zone, RegionConfig region) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        List<String> fields = new ArrayList<>();
        fields.add(pair("@context", quote("https://schema.org")));
        fields.add(pair("@type", quote("Event")));
        fields.add(pair("name", quote(event.title())));
        fields.add(pair("url", quote(url)));
        fields.add(pair("startDate", quote(iso.format(event.start().atZone(zone)))));
        if (event.end() != null) {
            fields.add(pair("endDate", quote(iso.format(event.end().atZone(zone)))));
        }
        fields.add(pair("eventStatus", quote("https://schema.org/EventScheduled")));
        fields.add(pair("eventAttendanceMode", quote(switch (event.format()) {
            case ONLINE -> "https://schema.org/OnlineEventAttendanceMode";
            case HYBRID -> "https://schema.org/MixedEventAttendanceMode";
            case IN_PERSON -> "https://schema.org/OfflineEventAttendanceMode";
        })));
        if (event.format() == MeetingFormat.ONLINE || event.location() == null) {
            fields.add(pair("location", object(List.of(pair("@type", quote("VirtualLocation")), pair("url", quote(url))))));
        } else {
            Location shown = event.location().publicPart();
            List<String> place = new ArrayList<>();
            place.add(pair("@type", quote("Place")));
            if (shown.name() != null) {
                place.add(pair("name", quote(shown.name())));
            }
            place.add(pair("address", address(shown)));
            fields.add(pair("location", object(place)));
        }
        fields.add(pair("organizer", object(List.of(pair("@type", quote("Organization")),
                pair("name", quote(region.contact() != null && region.contact().organisation() != null
                        ? region.contact().organisation() : region.name())),
                pair("url", quote(region.baseUrl().toString()))))));
        return object(fields);
    }

    private static String address(Location location) {
        List<String> fields = new ArrayList<>();
        fields.add(pair("@type", quote("PostalAddress")));
        if (location.address() != null) {
            fields.add(pair("streetAddress", quote(location.address())));
        }
        if (location.postcode() != null) {
            fields.add(pair("postalCode", quote(location.postcode())));
        }
        if (location.city() != null) {
            fields.add(pair("addressLocality", quote(location.city())));
        }
        fields.add(pair("addressCountry", quote("NL")));
        return object(fields);
    }

    private static String pair(String key, String jsonValue) {
        return quote(key) + ":" + jsonValue;
    }

    private static String object(List<String> fields) {
        return "{" + String.join(",", fields) + "}";
    }
}
