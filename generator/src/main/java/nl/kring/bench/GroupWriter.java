package nl.kring.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import nl.kring.bench.CorpusPlan.Format;
import nl.kring.bench.CorpusPlan.Group;
import nl.kring.bench.CorpusPlan.Status;
import nl.kring.model.DutchHolidays;
import nl.kring.model.Schedule;

/** Writes one group file: front matter in every shape the format allows, and a body built from its topics. */
final class GroupWriter {

    private static final List<String> COSTS = List.of("Gratis", "Gratis", "Gratis", "€ 2,50 per keer voor koffie",
            "€ 5 per bijeenkomst", "Vrijwillige bijdrage", "Gratis, koffie en thee staan klaar",
            "€ 15 per jaar voor de ledenvereniging");
    private static final List<List<String>> LANGUAGES = List.of(List.of("Nederlands", "Limburgs"),
            List.of("Nederlands", "Arabisch"), List.of("Nederlands", "Turks"), List.of("Nederlands", "Engels"),
            List.of("Pools", "Nederlands"), List.of("Nederlands", "Fries"));
    private static final List<String> OPENINGS = List.of("Welkom bij", "Dit is", "Je bent van harte welkom bij",
            "Zoek je herkenning? Kom dan naar");
    private static final List<String> SUMMARY_KINDS = List.of("Groep", "Kleine groep", "Gespreksgroep",
            "Open inloop", "Lotgenotengroep");
    private static final List<String> CLOSINGS = List.of("Meedoen is gratis.", "Aanmelden hoeft niet.",
            "Nieuwe deelnemers zijn welkom.", "Je bent welkom zonder verwijzing.", "Er is koffie en thee.");

    private final LocalDate today;

    GroupWriter(LocalDate today) {
        this.today = today;
    }

    String write(Group group, List<Group> neighbours, SplittableRandom random) {
        boolean online = group.format() == Format.ONLINE;
        Meetings.Meeting meeting = Meetings.of(random, online);
        String contact = DutchNames.contactName(random);
        String audience = DutchNames.pick(group.topics().get(0).audiences(), random);
        List<String> subjects = subjects(group, random);

        ContentText text = new ContentText().frontMatterStart();
        text.text("name", group.name());
        text.list("topics", group.topics().stream().map(TopicWords::slug).toList());
        text.text("summary", summary(group, audience, subjects, random));
        text.plain("status", group.status().value);
        if (random.nextInt(10) < 8) {
            text.text("audience", audience);
        }
        if (group.format() != Format.IN_PERSON || random.nextBoolean()) {
            text.plain("format", group.format().value);
        }
        text.text("when", meeting.when());
        if (meeting.scheduled()) {
            text.mapping("schedule");
            if (meeting.days() != null) {
                text.list("days", meeting.days());
            }
            text.text("start", meeting.start());
            text.text("end", meeting.end());
            if (meeting.rrule() != null) {
                text.plain("rrule", meeting.rrule());
            }
            String from = group.status() == Status.STARTING ? firstMeetingFrom(meeting) : meeting.from();
            if (from != null) {
                text.plain("from", from);
            }
            List<String> off = holidaysOff(meeting, from);
            if (!off.isEmpty()) {
                text.list("except", off);
            }
            text.end();
        }
        if (!online) {
            Places.location(text, group.municipality(), random, group.format() == Format.IN_PERSON);
        }
        text.mapping("contact");
        text.text("name", contact);
        if (random.nextInt(10) < 3) {
            text.text("organisation", "Steunpunt Zelfregie " + group.municipality().name());
        }
        int channels = random.nextInt(10);
        if (channels < 8) {
            text.plain("email", group.slug() + "@example.org");
        }
        if (channels >= 3) {
            text.text("phone", DutchNames.phone(random));
        }
        if (online || random.nextInt(10) == 0) {
            text.plain("url", "https://aanmelden.example.org/" + group.municipality().slug() + "/" + group.slug());
        }
        text.end();
        int facilitators = 1 + random.nextInt(5);
        // A rare group without the number of facilitators: a realistic warning, not a flood of them.
        if (group.status() == Status.ENDED || random.nextInt(1000) >= 5) {
            text.plain("facilitators", facilitators);
        }
        text.text("cost", DutchNames.pick(COSTS, random));
        if (random.nextInt(10) < 7) {
            text.plain("registration", online || random.nextBoolean() ? "required" : "not-needed");
        }
        if (random.nextInt(100) < 12) {
            text.list("languages", DutchNames.pick(LANGUAGES, random));
        }
        LocalDate updated = updated(group, random);
        LocalDate since = updated.minusDays(60 + random.nextInt(365 * 12));
        if (random.nextInt(10) < 7) {
            text.plain("since", since);
        }
        text.plain("updated", updated);
        if (group.regions() != null) {
            text.plain("regions", group.regions().equals("all") ? "all" : "[" + group.regions() + "]");
        }
        text.frontMatterEnd();

        body(text, group, neighbours, contact, audience, subjects, facilitators, random);
        return text.toString();
    }

    /** Mostly checked in the last ten months; about 2% not for over a year (a stale-group warning). */
    private LocalDate updated(Group group, SplittableRandom random) {
        if (group.status() == Status.ENDED || random.nextInt(100) < 2) {
            return today.minusDays(400 + random.nextInt(500));
        }
        return today.minusDays(random.nextInt(300));
    }

    private static List<String> subjects(Group group, SplittableRandom random) {
        List<String> subjects = new ArrayList<>();
        int wanted = 3 + random.nextInt(3);
        for (int attempt = 0; subjects.size() < wanted && attempt < 20; attempt++) {
            TopicWords topic = group.topics().get(attempt % group.topics().size());
            String subject = DutchNames.pick(topic.subjects(), random);
            if (!subjects.contains(subject)) {
                subjects.add(subject);
            }
        }
        return subjects;
    }

    private static String summary(Group group, String audience, List<String> subjects, SplittableRandom random) {
        String kind = group.format() == Format.ONLINE ? "Online groep" : DutchNames.pick(SUMMARY_KINDS, random);
        String first = kind + " voor " + CorpusPlan.lowerFirst(audience) + ".";
        String second = " We praten over " + subjects.get(0) + " en " + subjects.get(1) + ".";
        String third = " " + DutchNames.pick(CLOSINGS, random);
        String summary = first;
        if (summary.length() + second.length() <= 200) {
            summary += second;
        }
        if (summary.length() + third.length() <= 200) {
            summary += third;
        }
        return summary.length() <= 200 ? summary : summary.substring(0, 199) + "…";
    }

    private static void body(ContentText text, Group group, List<Group> neighbours, String contact, String audience,
                             List<String> subjects, int facilitators, SplittableRandom random) {
        TopicWords main = group.topics().get(0);
        List<String> sentences = DutchNames.shuffled(main.sentences(), random);
        text.paragraph(sentences.get(0) + " " + sentences.get(1));
        String where = switch (group.format()) {
            case ONLINE -> "We spreken af via een beveiligde videoverbinding. De link krijg je na aanmelding, en je camera mag uit blijven.";
            case HYBRID -> "Je kunt op de locatie meedoen of thuis via een videoverbinding; de gespreksleider zorgt dat iedereen aan bod komt.";
            case IN_PERSON -> "We komen samen in een rustige ruimte met koffie en thee. Wie wil, blijft na afloop nog even napraten.";
        };
        text.paragraph(DutchNames.pick(OPENINGS, random) + " " + group.name() + ". De groep is er voor "
                + CorpusPlan.lowerFirst(audience) + ". " + where);
        if (random.nextBoolean()) {
            text.heading("Waar praten we over?");
            text.bullets(subjects);
        } else {
            text.line("We praten onder andere over:").line("");
            text.bullets(subjects);
        }
        StringBuilder more = new StringBuilder(sentences.get(2));
        if (group.topics().size() > 1) {
            more.append(' ').append(DutchNames.pick(group.topics().get(1).sentences(), random));
        }
        more.append(' ').append(facilitators == 1
                ? "Eén getrainde vrijwilliger begeleidt de groep en weet uit eigen ervaring hoe het is."
                : List.of("Twee", "Drie", "Vier", "Vijf").get(facilitators - 2)
                + " getrainde vrijwilligers begeleiden de groep; zij weten uit eigen ervaring hoe het is.");
        text.paragraph(more.toString());
        if (group.status() == Status.FULL) {
            text.paragraph("**De groep is op dit moment vol.** Je kunt je wel op de wachtlijst laten zetten.");
        } else if (group.status() == Status.PAUSED) {
            text.paragraph("**De groep ligt tijdelijk stil.** We zoeken een nieuwe ruimte en hopen snel weer te beginnen.");
        } else if (group.status() == Status.STARTING) {
            text.paragraph("**Deze groep is nieuw.** De eerste bijeenkomsten zijn binnenkort; meld je gerust alvast aan.");
        } else if (group.status() == Status.ENDED) {
            text.paragraph("**Deze groep is gestopt.** Zoek op de site naar een andere groep over dit onderwerp.");
        }
        String firstName = contact.substring(0, contact.indexOf(' '));
        StringBuilder closing = new StringBuilder("Wil je eerst iets vragen? Bel of mail dan " + firstName + ".");
        if (random.nextInt(10) < 3) {
            closing.append(" Lees ook meer [over zelfhulp](../../pages/over-zelfhulp.md).");
        }
        Group neighbour = neighbour(group, neighbours, random);
        if (neighbour != null) {
            closing.append(" Past deze groep niet bij je? Kijk dan ook eens bij [").append(neighbour.name())
                    .append("](").append(neighbour.slug()).append(".md).");
        }
        text.paragraph(closing.toString());
    }

    /**
     * The meetings a coordinator has taken out after the build's warning: those in the weeks it looks ahead that fall
     * on a public holiday (the corpus's groups do not meet at Christmas).
     */
    private List<String> holidaysOff(Meetings.Meeting meeting, String from) {
        List<DayOfWeek> days = meeting.days() == null ? List.of() : meeting.days().stream()
                .map(d -> DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT))).toList();
        Schedule schedule = new Schedule(days, null, null, meeting.rrule(), from == null ? null : LocalDate.parse(from),
                null, List.of(), List.of());
        return schedule.until(today, today.plusWeeks(DutchHolidays.WEEKS_AHEAD)).stream()
                .filter(d -> DutchHolidays.on(d).isPresent())
                .map(LocalDate::toString).toList();
    }

    /** Another listed group of the same municipality on the same first topic, now and then. */
    private static Group neighbour(Group group, List<Group> neighbours, SplittableRandom random) {
        if (random.nextInt(10) >= 3) {
            return null;
        }
        for (Group other : neighbours) {
            if (other != group && other.status() != Status.ENDED && other.topics().get(0) == group.topics().get(0)) {
                return other;
            }
        }
        return null;
    }

    /** A starting group's first meeting: the first date of its rule from 4 January 2027 (a Monday) on. */
    private static String firstMeetingFrom(Meetings.Meeting meeting) {
        String rule = meeting.rrule() != null ? meeting.rrule() : "FREQ=WEEKLY;BYDAY=" + String.join(",",
                meeting.days().stream().map(d -> d.substring(0, 2).toUpperCase(java.util.Locale.ROOT)).toList());
        java.time.LocalDate seed = java.time.LocalDate.of(2027, 1, 4);
        return nl.kring.model.RecurrenceRule.parse(rule).dates(seed, seed, seed.plusYears(1), 1).getFirst().toString();
    }
}
