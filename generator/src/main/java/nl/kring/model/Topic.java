package nl.kring.model;

import java.util.List;

/** A subject groups gather around, e.g. "Rouw en verlies". */
public record Topic(String slug, String name, String description, List<String> synonyms) {

    public Topic {
        synonyms = List.copyOf(synonyms);
    }

    public String url() {
        return "/onderwerpen/" + slug + "/";
    }
}
