package nl.kring.bench;

import java.util.SplittableRandom;

/** Venues with addresses and postcodes in a municipality, for groups and events. */
final class Places {

    private static final String POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ";

    private Places() {
    }

    /**
     * Writes a {@code location} mapping; a private address (someone's home) is never published and
     * sometimes left out altogether.
     */
    static void location(ContentText text, CorpusPlan.Municipality town, SplittableRandom random,
                         boolean mayBePrivate) {
        boolean privateAddress = mayBePrivate && random.nextInt(100) < 8;
        text.mapping("location");
        if (!privateAddress) {
            text.text("name", DutchNames.venue(random));
        }
        if (!privateAddress || random.nextBoolean()) {
            text.text("address", DutchNames.street(random));
        }
        if (random.nextInt(10) < 8) {
            text.plain("postcode", postcode(town, random));
        }
        text.text("city", town.name());
        if (!privateAddress) {
            text.plain("accessible", random.nextInt(10) < 8);
        }
        text.plain("private", privateAddress);
        text.end();
    }

    static String postcode(CorpusPlan.Municipality town, SplittableRandom random) {
        return (town.postcodePrefix() + random.nextInt(10)) + " "
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
    }
}
