package nl.kring.quality;

import java.util.List;

/**
 * One page of every kind a visitor can meet, in the sample network's Roermond region: each test
 * of the quality suite walks this list. A new kind of page is one line here.
 */
final class PageTypes {

    record PageType(String name, String path) {
        @Override
        public String toString() {
            return name + " " + path;
        }
    }

    static final List<PageType> ALL = List.of(
            new PageType("home", "/"),
            new PageType("group (active)", "/roermond/groepen/rouwgroep-roermond/"),
            new PageType("group (full)", "/roermond/groepen/herstelgroep-depressie/"),
            new PageType("group (paused)", "/roermond/groepen/long-covid-vermoeidheid/"),
            new PageType("group (starting)", "/roermond/groepen/angst-en-paniek/"),
            new PageType("group (starting, with dates)", "/roermond/groepen/jong-weduwe-weduwnaar/"),
            new PageType("group (ended)", "/roermond/groepen/naasten-van-mensen-met-nah/"),
            new PageType("group (online)", "/roermond/groepen/gokverslaving-herstelgroep/"),
            new PageType("group (private address)", "/roermond/groepen/chronische-pijn-lotgenoten/"),
            new PageType("municipality", "/roermond/"),
            new PageType("printable overview", "/roermond/overzicht/"),
            new PageType("topic", "/onderwerpen/rouw/"),
            new PageType("all groups", "/groepen/"),
            new PageType("topics", "/onderwerpen/"),
            new PageType("stories", "/verhalen/"),
            new PageType("story (with image)", "/roermond/verhalen/eindelijk-mensen-die-het-snappen/"),
            new PageType("group (sensitive topic)", "/roermond/groepen/rouw-na-zelfdoding/"),
            new PageType("activities", "/activiteiten/"),
            new PageType("activities for one audience", "/activiteiten/verwijzers/"),
            new PageType("activity", "/roermond/activiteiten/lotgenotendag-roermond/"),
            new PageType("content page", "/over-zelfhulp/"),
            new PageType("municipality page", "/roermond/steunpunt/"),
            new PageType("accessibility statement", "/toegankelijkheid/"),
            new PageType("privacy statement", "/privacy/"),
            new PageType("open data", "/open-data/"),
            new PageType("search", "/zoeken/"),
            new PageType("search with results", "/zoeken/?q=rouw"),
            new PageType("search with a facet", "/zoeken/?q=kanker&vorm=online"),
            new PageType("search with a suggestion", "/zoeken/?q=diabetis"),
            new PageType("search without results", "/zoeken/?q=qqqxyz"),
            new PageType("not found", "/404.html"));

    /**
     * The pages other sites show in an iframe (/insluiten/): standalone, always light, without the site's header
     * and menu, so only the checks that hold for every page (axe, CSP, privacy) walk them.
     */
    static final List<PageType> EMBEDS = List.of(
            new PageType("embed (municipality)", "/insluiten/roermond/"),
            new PageType("embed (topic)", "/insluiten/onderwerp/rouw/"));

    /** The main kinds, photographed at each width for review. */
    static final List<PageType> SCREENSHOTS = ALL.stream()
            .filter(p -> List.of("home", "group (active)", "group (private address)", "municipality", "printable overview", "topic",
                    "all groups", "story (with image)", "activities", "activity", "content page", "search",
                    "not found").contains(p.name()))
            .toList();

    private PageTypes() {
    }
}
