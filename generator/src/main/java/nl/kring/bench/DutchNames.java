package nl.kring.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import nl.kring.source.TextFormats;

/** Dutch-sounding names for places, regions, people, streets and venues, all made up. */
final class DutchNames {

    private static final List<String> REAL_TOWNS = List.of("Heerlen", "Kerkrade", "Roermond", "Venlo", "Weert",
            "Zwolle", "Deventer", "Zutphen", "Assen", "Emmen", "Gouda", "Delft", "Leiden", "Haarlem", "Alkmaar",
            "Hoorn", "Enschede", "Hengelo", "Almelo", "Oss", "Tiel", "Culemborg", "Middelburg", "Goes", "Terneuzen",
            "Harderwijk", "Ede", "Doetinchem", "Winterswijk", "Meppel", "Sneek", "Drachten", "Heerenveen", "Dokkum",
            "Veendam", "Stadskanaal", "Coevorden", "Hoogeveen", "Kampen", "Schiedam", "Vlaardingen", "Gorinchem",
            "Woerden", "Veenendaal", "Nijkerk", "Barneveld", "Boxmeer", "Cuijk", "Uden", "Veghel", "Helmond");

    private static final List<String> STEMS = List.of("Heer", "Kerk", "Brun", "Zand", "Berg", "Hoog", "Laag",
            "Wester", "Ooster", "Noorder", "Zuider", "Ven", "Eik", "Beuk", "Linde", "Wilgen", "Hazel", "Vos", "Haren",
            "Ros", "Mol", "Loo", "Graven", "Hof", "Helm", "Wolder", "Bree", "Stein", "Roer", "Maas", "Rijn", "Waal",
            "Vecht", "Dinkel", "Berkel", "Schoon", "Sluis", "Dijk", "Polder", "Hei", "Meer", "Eekel", "Apel", "Ulven",
            "Gelder", "Valken", "Kraaien", "Reigers", "Zwanen", "Ganzen", "Mosse", "Klaver", "Riet", "Elzen", "Esch",
            "Brink", "Drie", "Twee", "Hunne", "Oude");

    private static final List<String> SUFFIXES = List.of("veen", "dorp", "broek", "horst", "dam", "wijk", "recht",
            "hoven", "rade", "lo", "sum", "ingen", "kerk", "huizen", "zijl", "hout", "meer", "beek", "endaal", "sel",
            "burg", "stede", "oord", "haar", "donk", "mond", "schot", "lare");

    private static final List<String> PREFIXES = List.of("Sint-", "Nieuw-", "Oud-", "Groot-", "Klein-", "'s-");

    private static final List<String> RIVERS = List.of("aan de Maas", "aan de Vecht", "aan Zee", "aan den IJssel",
            "aan de Rijn", "aan de Linge");

    private static final List<String> REGIONS = List.of("Parkstad", "Westelijke Mijnstreek", "Noord-Limburg",
            "Midden-Limburg", "Maastricht-Heuvelland", "Achterhoek", "Twente", "Salland", "Vechtdal", "IJsselland",
            "Drechtsteden", "Gooi en Vechtstreek", "Hart van Brabant", "De Liemers", "Rivierenland", "Noord-Veluwe",
            "West-Friesland", "Zaanstreek", "Midden-Holland", "Hoeksche Waard", "Voorne-Putten", "Zeeuws-Vlaanderen",
            "Walcheren", "De Peel", "De Kempen", "Noordoost-Friesland", "Zuidwest-Friesland", "Noord-Drenthe",
            "Oost-Groningen", "Eemland", "Kromme Rijnstreek", "Alblasserwaard", "Duin- en Bollenstreek", "Westland",
            "Zuid-Kennemerland");

    static final List<String> FIRST_NAMES = List.of("Bianca", "Mehmet", "Ria", "Truus", "Fatima", "Jan", "Marian",
            "Yusuf", "Ans", "Chantal", "José", "Noëlle", "Zoë", "René", "Ingrid", "Priya", "Kees", "Anneke", "Mohamed",
            "Sanne", "Wim", "Gerda", "Joyce", "Hüseyin", "Agnieszka", "Daan", "Esther", "Ilse", "Peter", "Rachid",
            "Ellen", "Harrie", "Mieke", "Stefan", "Samira", "Bram", "Loes", "Hanneke", "Thijs", "Anaïs", "Gijs",
            "Petra", "Jolanda", "Frank", "Nicole", "Marco", "Aylin", "Björn", "Céline", "Joep", "Lotte", "Ruud",
            "Marloes", "Tineke", "Kevin", "Yvonne", "Irene", "Ahmed", "Dewi", "Roos");

    private static final String INITIALS = "ABCDEGHJKLMNPRSTVWZ";

    private static final List<String> STREET_STEMS = List.of("Kerk", "Molen", "Linden", "School", "Dorps",
            "Beuken", "Stations", "Wilhelmina", "Juliana", "Emma", "Oranje", "Markt", "Hof", "Brink", "Kastanje",
            "Eiken", "Berken", "Zuid", "Noord", "Akker", "Wei", "Boomgaard", "Klooster", "Koolmees", "Mijn",
            "Tuinders", "Vlas", "Rozen", "Prins Hendrik", "Burgemeester de Vries");

    private static final List<String> STREET_SUFFIXES = List.of("straat", "laan", "weg", "plein", "singel", "pad",
            "hof", "dreef");

    private static final List<String> VENUE_KINDS = List.of("Wijkcentrum", "Buurthuis", "Ontmoetingscentrum",
            "Gezondheidscentrum", "Bibliotheek", "Huiskamer", "Inloophuis", "Café", "Dorpshuis", "MFC");

    private static final List<String> VENUE_NAMES = List.of("De Schakel", "De Horizon", "De Linde", "De Brug",
            "De Kring", "De Eik", "De Boog", "De Ster", "De Vonk", "De Haven", "De Kajuit", "De Driehoek",
            "Het Anker", "Het Trefpunt", "De Ontmoeting", "De Zonnebloem", "Glück Auf", "De Wissel", "De Bron",
            "Het Baken");

    private DutchNames() {
    }

    /**
     * {@code count} different municipality names whose slugs are all different and not in
     * {@code reservedSlugs}: real town names first, then invented ones made of a stem and a suffix,
     * some with a prefix ("Sint-", "'s-") or a river ("aan de Maas").
     */
    static List<String> municipalities(int count, SplittableRandom random, Set<String> reservedSlugs) {
        List<String> names = new ArrayList<>(count);
        Set<String> slugs = new HashSet<>(reservedSlugs);
        List<String> towns = shuffled(REAL_TOWNS, random);
        int attempts = 0;
        while (names.size() < count) {
            String name;
            if (names.size() < count / 6 && names.size() < towns.size()) {
                name = towns.get(names.size());
            } else {
                name = pick(STEMS, random) + pick(SUFFIXES, random);
                double roll = random.nextDouble();
                if (roll < 0.08) {
                    name = pick(PREFIXES, random) + name;
                } else if (roll < 0.12) {
                    name = name + " " + pick(RIVERS, random);
                }
                if (++attempts > count * 50) {
                    name = name + " " + names.size();
                }
            }
            String slug = TextFormats.slugOf(name);
            if (slugs.add(slug)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The name of region {@code index}; numbered once the list of region names runs out. */
    static String region(int index) {
        String name = REGIONS.get(index % REGIONS.size());
        return index < REGIONS.size() ? name : name + " " + (index / REGIONS.size() + 1);
    }

    /** A first name and an initial ("Bianca S."), as group contacts are shown. */
    static String contactName(SplittableRandom random) {
        return pick(FIRST_NAMES, random) + " " + INITIALS.charAt(random.nextInt(INITIALS.length())) + ".";
    }

    static String firstName(SplittableRandom random) {
        return pick(FIRST_NAMES, random);
    }

    static String street(SplittableRandom random) {
        return pick(STREET_STEMS, random) + pick(STREET_SUFFIXES, random) + " " + (1 + random.nextInt(120));
    }

    static String venue(SplittableRandom random) {
        return pick(VENUE_KINDS, random) + " " + pick(VENUE_NAMES, random);
    }

    /** A mobile number such as "06 12345678", or a landline with the area code. */
    static String phone(SplittableRandom random) {
        if (random.nextBoolean()) {
            return "06 " + digits(random, 8);
        }
        return "0" + (40 + random.nextInt(40)) + " " + digits(random, 3) + " " + digits(random, 2) + " "
                + digits(random, 2);
    }

    static String digits(SplittableRandom random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    static <T> List<T> shuffled(List<T> list, SplittableRandom random) {
        List<T> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }
}
