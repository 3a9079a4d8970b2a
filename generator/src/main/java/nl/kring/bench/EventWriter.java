package nl.kring.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import nl.kring.bench.CorpusPlan.Group;
import nl.kring.bench.CorpusPlan.Municipality;
import nl.kring.bench.CorpusPlan.Status;

/** Writes activities of every type and audience, most upcoming and some past, around the corpus's "today". */
final class EventWriter {

    /** An event type with its usual audience and some titles. */
    private record Kind(String type, String audience, List<String> titles, String about) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("meeting", "participants", List.of("Ontmoetingsmiddag voor deelnemers", "Kerstontmoeting",
                    "Zomerbijeenkomst van alle groepen", "Open ontmoeting Kom d'r bij"),
                    "Een middag om deelnemers van verschillende groepen te ontmoeten, met koffie, soep en muziek."),
            new Kind("training", "facilitators", List.of("Basistraining gespreksleider", "Training lastige momenten in de groep",
                    "Training omgaan met emoties", "Training ervaringsdeskundigheid"),
                    "Een training voor begeleiders van een lotgenotengroep, met veel ruimte om te oefenen."),
            new Kind("intervision", "facilitators", List.of("Intervisie voor begeleiders", "Online intervisie",
                    "Intervisie gespreksleiders"),
                    "Begeleiders bespreken samen situaties uit hun groep en leren van elkaars aanpak."),
            new Kind("speed-date", "everyone", List.of("Speeddate: vind je groep", "Speeddate voor verwijzers",
                    "Groepenmarkt en speeddate"),
                    "In korte gesprekjes maak je kennis met gespreksleiders van verschillende groepen."),
            new Kind("information", "referrers", List.of("Informatieavond voor huisartsen en POH-GGZ",
                    "Informatieavond wijkteams", "Lunchbijeenkomst voor cliëntondersteuners"),
                    "Voor professionals die cliënten willen wijzen op het aanbod van lotgenotengroepen."),
            new Kind("inspiration", "everyone", List.of("Inspiratieavond samen sterker", "Week van de zelfhulp: open dag",
                    "Café over veerkracht"),
                    "Een avond met verhalen van ervaringsdeskundigen en tijd om na te praten."));
    private static final List<String> AUDIENCES = List.of("facilitators", "participants", "referrers", "everyone");

    private final LocalDate today;

    EventWriter(LocalDate today) {
        this.today = today;
    }

    /** A title and start for event {@code index}: about 70% upcoming, the rest in the past year. */
    record Planned(String title, LocalDateTime start, int kind) {
    }

    Planned plan(SplittableRandom random) {
        int kind = random.nextInt(KINDS.size());
        LocalDate day = random.nextInt(10) < 7 ? today.plusDays(1 + random.nextInt(240))
                : today.minusDays(1 + random.nextInt(365));
        int[] hours = {10, 14, 19};
        LocalDateTime start = day.atTime(hours[random.nextInt(hours.length)], random.nextBoolean() ? 0 : 30);
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl"));
        String title = DutchNames.pick(KINDS.get(kind).titles(), random) + " " + month + " " + day.getYear();
        return new Planned(title, start, kind);
    }

    String write(Planned planned, Municipality town, List<Group> groups, SplittableRandom random) {
        Kind kind = KINDS.get(planned.kind());
        String audience = random.nextInt(10) < 7 ? kind.audience() : DutchNames.pick(AUDIENCES, random);
        int formatRoll = random.nextInt(100);
        String format = formatRoll < 15 ? "online" : formatRoll < 25 ? "hybrid" : "in-person";

        ContentText text = new ContentText().frontMatterStart();
        text.text("title", planned.title());
        text.plain("type", kind.type());
        text.plain("start", planned.start().toString());
        // A training at 10:00 takes the day; everything else two hours, so nothing runs past midnight.
        int hours = kind.type().equals("training") && planned.start().getHour() < 12 ? 6 : 2;
        LocalDateTime end = planned.start().plusHours(hours).plusMinutes(random.nextBoolean() ? 0 : 30);
        if (random.nextInt(10) < 8) {
            text.text("end", end.toLocalTime().toString());
        } else {
            text.plain("end", end.toString());
        }
        if (!audience.equals("everyone") || random.nextBoolean()) {
            text.plain("audience", audience);
        }
        if (!format.equals("in-person") || random.nextBoolean()) {
            text.plain("format", format);
        }
        if (!format.equals("online")) {
            Places.location(text, town, random, false);
        }
        int registration = random.nextInt(10);
        if (registration < 8) {
            text.mapping("registration");
            if (registration < 5) {
                text.plain("url", "https://aanmelden.example.org/" + town.slug() + "/" + planned.start().toLocalDate());
            }
            if (registration >= 3) {
                text.plain("email", "activiteiten." + town.slug() + "@example.org");
            }
            text.end();
        }
        text.text("cost", random.nextInt(10) < 7 ? "Gratis" : "Gratis voor vrijwilligers van een groep, inclusief lunch");
        text.frontMatterEnd();

        text.paragraph(kind.about() + (format.equals("online")
                ? " De bijeenkomst is online, via een beveiligde videoverbinding; de link krijg je na aanmelding."
                : " De bijeenkomst is in " + town.name() + "."));
        text.line("Op het programma:").line("");
        text.bullets(List.of("ontvangst met koffie en thee", "een korte inleiding door een ervaringsdeskundige",
                DutchNames.pick(List.of("gesprekken in kleine groepjes", "oefenen met situaties uit de praktijk",
                        "kennismaken met de coördinator van het steunpunt", "vragen stellen aan een huisarts"), random),
                "afsluiting en napraten"));
        Group group = listed(groups, random);
        if (group != null) {
            text.paragraph("De begeleiders van onder meer [" + group.name() + "](../groups/" + group.slug()
                    + ".md) zijn erbij en vertellen graag over hun groep.");
        } else {
            text.paragraph("Wil je zelf een groep beginnen? Lees dan eerst [een groep starten](../../pages/een-groep-starten.md).");
        }
        text.paragraph("Er is een beperkt aantal plaatsen. Meld je op tijd aan, dan weten we op hoeveel mensen we kunnen rekenen.");
        return text.toString();
    }

    private static Group listed(List<Group> groups, SplittableRandom random) {
        if (groups.isEmpty() || random.nextBoolean()) {
            return null;
        }
        Group group = DutchNames.pick(groups, random);
        return group.status() == Status.ENDED ? null : group;
    }
}
