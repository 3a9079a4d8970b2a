package nl.kring.model;

/** A municipality folder under content/, e.g. {@code roermond}. */
public record Municipality(String slug, String path, String name, Markdown intro, Contact contact) implements ContentItem {

    public String url() {
        return "/" + slug + "/";
    }
}
