package nl.kring.model;

import java.util.List;

/**
 * A subject groups gather around, e.g. "Rouw en verlies".
 *
 * @param sensitive whether its readers may be in crisis (e.g. grief after suicide, depression): its pages,
 *                  and those of its groups and stories, show the "Hulp nodig nu?" notice prominently
 */
public record Topic(String slug, String name, String description, List<String> synonyms, boolean sensitive) {

    public Topic {
        synonyms = List.copyOf(synonyms);
    }

    public Topic(String slug, String name, String description, List<String> synonyms) {
        this(slug, name, description, synonyms, false);
    }

    public String url() {
        return "/onderwerpen/" + slug + "/";
    }
}
