package nl.kring.search;

/** What a search result is; the code is also the key of its label in the theme's messages. */
public enum DocumentType {
    GROUP, STORY, EVENT, PAGE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
