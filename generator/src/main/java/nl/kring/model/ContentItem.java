package nl.kring.model;

/** A piece of content that comes from one file and becomes one page. */
public sealed interface ContentItem permits Municipality, Group, Story, Event, Page {

    /** The repository-relative path of the file it was read from. */
    String path();

    /** The page's path within a region's site, e.g. {@code /roermond/groepen/rouwgroep/}. */
    String url();
}
