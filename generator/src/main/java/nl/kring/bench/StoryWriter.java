package nl.kring.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import nl.kring.bench.CorpusPlan.Group;
import nl.kring.bench.CorpusPlan.Municipality;

/** Writes experience stories in the first person, about a topic and often about one group. */
final class StoryWriter {

    private static final List<String> TITLES = List.of("Ik dacht dat ik de enige was",
            "Eindelijk mensen die het snappen", "Een avond per maand hoef ik het niet alleen te dragen",
            "Wat de groep mij heeft gegeven", "Ik hoefde niet sterk te zijn", "Van schaamte naar herkenning",
            "De eerste keer durfde ik bijna niet naar binnen", "Samen lachen, samen huilen",
            "Nu help ik zelf anderen", "Ik ben niet gek, ik ben moe", "Het begon met één telefoontje",
            "Koffie, een kaarsje en een luisterend oor", "Mijn café op dinsdagavond", "Weer vooruit kijken",
            "Hier mag ik gewoon mezelf zijn");
    private static final List<String> SUBJECT_TITLES = List.of("Wat ik leerde over %s", "Hoe de groep me hielp met %s",
            "Eindelijk praten over %s", "Niet meer alleen met %s");

    private static final List<String> OPENINGS = List.of(
            "Lange tijd dacht ik dat ik het allemaal zelf moest oplossen.",
            "Het is nu twee jaar geleden dat alles veranderde.",
            "Eigenlijk wist ik het al een tijdje, maar ik wilde het niet zien.",
            "Mijn huisarts vroeg op een dag: \"En hoe gaat het met jóú?\" Ik begon te huilen in haar spreekkamer.",
            "Ik ben niet iemand die snel over gevoelens praat.",
            "Toen ik de diagnose kreeg, voelde het alsof de grond onder mijn voeten wegzakte.");
    private static final List<String> MIDDLES = List.of(
            "De eerste avond zat ik zenuwachtig bij de deur, klaar om weg te gaan.",
            "Iemand schonk koffie voor me in en vroeg niets. Dat was precies goed.",
            "Na een paar keer merkte ik dat ik uitkeek naar de avonden.",
            "Ik herkende zoveel in de verhalen van de anderen.",
            "Thuis kon ik er niet over praten, omdat iedereen meteen met oplossingen kwam.",
            "De gespreksleider had zelf hetzelfde meegemaakt, en dat voelde je.",
            "Soms zeiden we weinig, en ook dat was goed.",
            "Ik heb er twee vriendinnen aan overgehouden; we bellen elkaar als het even niet gaat.");
    private static final List<String> ENDINGS = List.of(
            "Ik zou iedereen willen zeggen: wacht niet zo lang als ik.",
            "Je hoeft het niet alleen te doen. Er zijn mensen die het snappen, om de hoek.",
            "Het is niet over, maar ik kan het nu dragen.",
            "Inmiddels ben ik zelf vrijwilliger en ontvang ik nieuwe deelnemers bij de deur.",
            "Het was de beste stap die ik had kunnen zetten.");

    private final LocalDate today;

    StoryWriter(LocalDate today) {
        this.today = today;
    }

    /** A story planned before it is written: its title makes the file name. */
    record Planned(String title, Group group, List<TopicWords> topics, String subject) {
    }

    /** Picks what the story is about: often a group of the municipality, else a topic. */
    static Planned plan(List<Group> groups, SplittableRandom random) {
        Group group = !groups.isEmpty() && random.nextInt(10) < 6 ? DutchNames.pick(groups, random) : null;
        List<TopicWords> topics = group != null ? group.topics()
                : List.of(TopicWords.ALL.get(random.nextInt(TopicWords.ALL.size())));
        String subject = DutchNames.pick(topics.get(0).subjects(), random);
        String title = random.nextBoolean() ? DutchNames.pick(TITLES, random)
                : DutchNames.pick(SUBJECT_TITLES, random).replace("%s", subject);
        return new Planned(title, group, topics, subject);
    }

    String write(Planned planned, Municipality town, SplittableRandom random) {
        Group group = planned.group();
        List<TopicWords> topics = planned.topics();
        TopicWords topic = topics.get(0);
        String subject = planned.subject();
        String title = planned.title();
        String author = random.nextInt(10) < 8 ? DutchNames.firstName(random) : null;

        ContentText text = new ContentText().frontMatterStart();
        text.text("title", title);
        text.plain("date", today.minusDays(3 + random.nextInt(3 * 365)));
        if (author != null) {
            text.text("author", author);
        }
        text.list("topics", topics.stream().map(TopicWords::slug).toList());
        if (group != null) {
            text.plain("group", town.slug() + "/" + group.slug());
        }
        text.plain("consent", true);
        if (random.nextInt(10) < 7) {
            String who = author != null ? author : "Een deelnemer";
            String summary = who + " vertelt over " + subject + " en over wat "
                    + (group != null ? "de groep " + group.name() : "lotgenotencontact") + " betekende.";
            text.text("summary", summary.length() <= 200 ? summary : who + " vertelt over " + subject + ".");
        }
        text.frontMatterEnd();

        List<String> sentences = DutchNames.shuffled(topic.sentences(), random);
        text.paragraph(DutchNames.pick(OPENINGS, random) + " " + sentences.get(0));
        String link = group != null
                ? "Via de huisarts kwam ik terecht bij [" + group.name() + "](../groups/" + group.slug() + ".md)."
                : "Via het Steunpunt Zelfregie hoorde ik [hoe zelfhulp werkt](../../pages/over-zelfhulp.md).";
        List<String> middles = DutchNames.shuffled(MIDDLES, random);
        text.paragraph("Het ging vooral over " + subject + ". " + link + " " + middles.get(0));
        text.paragraph(middles.get(1) + " " + sentences.get(1) + " " + middles.get(2));
        if (random.nextBoolean()) {
            text.heading("Wat ik anderen wil meegeven");
            text.bullets(List.of("Zoek niet te lang alles alleen uit.", "Kijk eerst een keer hoe het is; je zit nergens aan vast.",
                    "Neem iemand mee als je het spannend vindt."));
        }
        text.paragraph(DutchNames.pick(ENDINGS, random));
        return text.toString();
    }
}
