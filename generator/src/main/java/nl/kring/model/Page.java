package nl.kring.model;

/**
 * A content page: network-wide ({@code municipality} null, at /slug/) or local (at /municipality/slug/).
 *
 * @param menu position in the main menu, or null when the page is not in the menu
 */
public record Page(String municipality, String slug, String path, String title, String summary,
                   Integer menu, Markdown body) implements ContentItem {

    public String url() {
        return municipality == null ? "/" + slug + "/" : "/" + municipality + "/" + slug + "/";
    }

    public boolean isNetworkPage() {
        return municipality == null;
    }
}
