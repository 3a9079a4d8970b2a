package nl.kring.config;

import java.util.List;

/**
 * The "Hulp nodig nu?" notice: where someone in crisis can turn right away (their GP, 113, Korrelatie…).
 * Configured for the whole network or per region in site-config.yml; every page shows it quietly, pages
 * about topics marked {@code sensitive} in topics.yml show it prominently.
 *
 * @param title a heading of its own, or null for the theme's ("Hulp nodig nu?")
 * @param intro one sentence above the lines, or null
 */
public record UrgentHelp(String title, String intro, List<Line> lines) {

    public UrgentHelp {
        lines = List.copyOf(lines);
    }

    /** One place to turn to; every field but {@code name} may be absent (null or empty). */
    public record Line(String name, String text, List<Phone> phones, String url) {
        public Line {
            phones = List.copyOf(phones);
        }
    }

    /** A phone number as written, e.g. {@code 0800-0113}, with its {@code tel:} link. */
    public record Phone(String number) {
        public String uri() {
            return "tel:" + number.replaceAll("[^0-9+]", "");
        }
    }
}
