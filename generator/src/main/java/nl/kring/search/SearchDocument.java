package nl.kring.search;

import java.util.List;
import java.util.Map;

/**
 * One thing the search can find, as the index sees it.
 *
 * @param fields       the text of each searchable field (see {@link SearchFields}); absent fields are empty
 * @param sitePath     where its page lives in the region's site, e.g. {@code /roermond/groepen/rouwgroep/}
 * @param municipality the municipality slug, or null for network-wide pages
 * @param topics       topic slugs
 * @param formats      bit set: 1 = meets on location, 2 = meets online
 * @param days         bit set of weekdays it meets on: bit 0 = Monday … bit 6 = Sunday
 * @param snippet      the text a result's snippet is cut from: summary first, then the start of the body
 * @param ended        a group that has stopped: found only when nothing else is
 */
public record SearchDocument(DocumentType type, String title, Map<String, String> fields, String sitePath,
                             String municipality, List<String> topics, int formats, int days, String snippet,
                             boolean ended) {

    public SearchDocument {
        fields = Map.copyOf(fields);
        topics = List.copyOf(topics);
    }

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }
}
