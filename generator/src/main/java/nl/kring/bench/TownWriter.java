package nl.kring.bench;

import java.util.List;
import java.util.SplittableRandom;

import nl.kring.bench.CorpusPlan.Group;
import nl.kring.bench.CorpusPlan.Municipality;
import nl.kring.bench.CorpusPlan.Status;

/** Writes a municipality's {@code municipality.yml} and its local pages. */
final class TownWriter {

    /** Slugs of the local pages a municipality may have; none clashes with groepen, verhalen or activiteiten. */
    static final List<String> LOCAL_PAGES = List.of("steunpunt", "vrijwilliger-worden");

    private TownWriter() {
    }

    /** About a third of the municipalities have a steunpunt page, some of those also a page for volunteers. */
    static List<String> localPages(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 12 ? LOCAL_PAGES : roll < 33 ? LOCAL_PAGES.subList(0, 1) : List.of();
    }

    static String municipality(Municipality town, List<Group> groups, List<String> pages, SplittableRandom random) {
        ContentText text = new ContentText();
        text.text("name", town.name());
        text.line("intro: |");
        long listed = groups.stream().filter(g -> g.status() != Status.ENDED).count();
        String offer = listed == 0 ? "Er is nog geen lotgenotengroep in " + town.name() + ", maar in de buurt wel."
                : listed == 1 ? town.name() + " heeft één lotgenotengroep, en in de buurt zijn er meer."
                : "In " + town.name() + " komen inwoners samen in " + listed + " lotgenotengroepen: van rouwverwerking tot geldzorgen.";
        text.line("  " + offer + " Meedoen is bijna altijd gratis.");
        text.line("");
        if (pages.contains("steunpunt")) {
            text.line("  Weet je niet welke groep bij je past? Het [Steunpunt Zelfregie](pages/steunpunt.md) denkt met je mee.");
        } else {
            text.line("  Weet je niet welke groep bij je past? Lees eerst [over zelfhulp](../pages/over-zelfhulp.md) of neem contact met ons op.");
        }
        text.mapping("contact");
        if (random.nextBoolean()) {
            text.text("name", DutchNames.firstName(random));
        }
        text.text("organisation", "Steunpunt Zelfregie " + town.name());
        text.plain("email", "zelfregie." + town.slug() + "@example.org");
        text.text("phone", DutchNames.phone(random));
        text.end();
        return text.toString();
    }

    static String page(String slug, Municipality town, List<Group> groups, SplittableRandom random) {
        ContentText text = new ContentText().frontMatterStart();
        if (slug.equals("steunpunt")) {
            text.text("title", "Steunpunt Zelfregie " + town.name());
            text.text("summary", "Het Steunpunt Zelfregie helpt je een lotgenotengroep te vinden of zelf een groep te starten. "
                    + "Loop binnen, bel of mail.");
            text.frontMatterEnd();
            text.paragraph("Het Steunpunt Zelfregie " + town.name() + " is er voor iedereen die steun zoekt bij mensen met "
                    + "dezelfde ervaring. We kennen alle groepen in de gemeente en helpen je de groep te vinden die bij je past.");
            text.heading("Waarvoor kun je bij ons terecht?");
            text.bullets(List.of("**Je zoekt een groep.** We luisteren naar je vraag en leggen als je wilt het eerste contact.",
                    "**Je wilt zelf een groep starten.** We helpen met een ruimte, deelnemers en een folder.",
                    "**Je bent huisarts of wijkwerker.** Kijk ook op de pagina [voor verwijzers](../../pages/voor-verwijzers.md)."));
            text.heading("Openingstijden");
            text.bullets(List.of("**Maandag**: inloop 10.00–12.00 uur", "**Woensdag**: inloop 13.30–16.00 uur",
                    "**Donderdag**: telefonisch 9.00–16.00 uur"));
            text.paragraph("Adres: " + DutchNames.street(random) + ", " + Places.postcode(town, random) + " " + town.name()
                    + ". Wat je ons vertelt, blijft tussen ons; lees meer in onze [privacyverklaring](../../pages/privacy.md).");
        } else {
            text.text("title", "Vrijwilliger worden in " + town.name());
            text.text("summary", "Begeleid een zelfregiegroep en krijg daarvoor een gratis training.");
            text.frontMatterEnd();
            text.paragraph("Heb je zelf ervaring met rouw, mantelzorg of een burn-out, en wil je anderen helpen? Als "
                    + "begeleider van een groep zorg je voor een veilige sfeer en een goed gesprek.");
            text.heading("Wat vragen we?");
            text.bullets(List.of("eigen ervaring met het onderwerp van de groep", "een paar uur per maand",
                    "zin om een training te volgen"));
            Group example = groups.stream().filter(g -> g.status() != Status.ENDED).findFirst().orElse(null);
            if (example != null) {
                text.paragraph("Bijvoorbeeld bij [" + example.name() + "](../groups/" + example.slug()
                        + ".md), waar we nog een coördinator zoeken.");
            }
            text.paragraph("Mail ons via [zelfregie." + town.slug() + "@example.org](mailto:zelfregie." + town.slug()
                    + "@example.org).");
        }
        return text.toString();
    }
}
