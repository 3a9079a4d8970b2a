package nl.kring.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An experience story (ervaringsverhaal). Published only with the author's consent.
 *
 * @param group reference {@code <municipality>/<group-slug>} or null
 * @param image repository-relative path of the image or null
 */
public record Story(
        String municipality, String slug, String path,
        String title, LocalDate date, List<String> topics, String author, String group,
        String summary, String image, String imageAlt, Markdown body) implements ContentItem {

    public Story {
        topics = List.copyOf(topics);
    }

    public String key() {
        return municipality + "/" + slug;
    }

    public String url() {
        return "/" + municipality + "/verhalen/" + slug + "/";
    }
}
