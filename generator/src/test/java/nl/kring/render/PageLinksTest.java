package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links that work from the page they are on, wherever the region's folder is served. */
class PageLinksTest {

    @Test
    void linksRelativeToThePagesFolder() {
        PageLinks group = PageLinks.relativeTo("/roermond/groepen/rouwgroep/");
        assertThat(group.to("/groepen/")).isEqualTo("../../../groepen/");
        assertThat(group.to("/roermond/")).isEqualTo("../../");
        assertThat(group.to("/roermond/groepen/rouwgroep/")).isEqualTo("./");
        assertThat(group.to("/roermond/groepen/rouwgroep/agenda.ics")).isEqualTo("agenda.ics");
        assertThat(group.to("/roermond/groepen/rouwgroepen/")).isEqualTo("../rouwgroepen/");
        assertThat(group.to("/roermond/groepen/rouw/#contact")).isEqualTo("../rouw/#contact");
        assertThat(group.to("/")).isEqualTo("../../../");
        assertThat(group.to("/zoeken/?q=a/b")).isEqualTo("../../../zoeken/?q=a/b");
        assertThat(group.to("https://example.org/x/")).isEqualTo("https://example.org/x/");
        assertThat(group.to("#volgende")).isEqualTo("#volgende");
    }

    @Test
    void fromAFileOrTheHomePage() {
        PageLinks file = PageLinks.relativeTo("/open-data/groepen.html");
        assertThat(file.to("/open-data/groepen.json")).isEqualTo("groepen.json");
        assertThat(file.to("/open-data/")).isEqualTo("./");
        assertThat(file.to("/assets/style.css")).isEqualTo("../assets/style.css");
        PageLinks home = PageLinks.relativeTo("/");
        assertThat(home.to("/")).isEqualTo("./");
        assertThat(home.to("/groepen/")).isEqualTo("groepen/");
        assertThat(home.to("/feed.xml")).isEqualTo("feed.xml");
    }

    @Test
    void theNotFoundPageLinksFromTheBase() {
        PageLinks notFound = PageLinks.fromBase("/zelfhulp/");
        assertThat(notFound.to("/groepen/")).isEqualTo("/zelfhulp/groepen/");
        assertThat(notFound.to("/")).isEqualTo("/zelfhulp/");
    }
}
