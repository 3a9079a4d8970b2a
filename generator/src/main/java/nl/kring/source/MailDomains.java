package nl.kring.source;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * E-mail addresses whose domain is one letter off a mail provider's: "gmial.com", "hotmail.con", "ziggo.nll". Such
 * an address is valid to look at, and a resident who writes to it never gets an answer and never learns why. The
 * providers are those most Dutch (and Belgian and German, near Limburg) groups and volunteers use; an address at
 * another domain is left alone, since a domain one letter off a provider's may well exist.
 */
public final class MailDomains {

    /** The domains of common mail providers, exactly as their addresses end. */
    private static final List<String> PROVIDERS = List.of("gmail.com", "googlemail.com", "hotmail.com", "hotmail.nl",
            "hotmail.be", "outlook.com", "outlook.be", "live.nl", "live.com", "live.be", "msn.com", "icloud.com",
            "me.com", "yahoo.com", "ziggo.nl", "kpnmail.nl", "kpnplanet.nl", "planet.nl", "home.nl", "xs4all.nl",
            "upcmail.nl", "hetnet.nl", "quicknet.nl", "caiway.nl", "zeelandnet.nl", "chello.nl", "telfort.nl",
            "online.nl", "solcon.nl", "protonmail.com", "proton.me", "telenet.be", "skynet.be", "gmx.net", "gmx.de",
            "web.de", "t-online.de");

    /** A provider whose name is shorter has too many real neighbours ("me.com", "live.nl"): only exact. */
    private static final int MIN_NAME = 5;

    /** Top-level domains that do not exist, written for the ones next to them on the keyboard. */
    private static final Map<String, String> TOP_LEVEL_TYPOS = Map.of("con", "com", "cmo", "com", "ocm", "com",
            "comm", "com", "vom", "com", "xom", "com", "nll", "nl", "nel", "nl");

    private MailDomains() {
    }

    /**
     * The address an editor most likely meant, when {@code email}'s domain is a provider's name with one letter
     * wrong, missing, extra or swapped with the next ({@link Suggestions}' edit distance 1) and the same ending ("gmial.com" → "gmail.com"), Gmail's with
     * another ending ("gmail.nl"), or any domain whose ending does not exist (".con" → ".com", "ziggo.nll"). Empty for
     * every other address, also a provider's name at another ending (Microsoft has hotmail.de, outlook.fr, …).
     */
    public static Optional<String> meant(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        if (PROVIDERS.contains(domain)) {
            return Optional.empty();
        }
        if (domain.startsWith("gmail.")) {
            return Optional.of(local + "@gmail.com");   // Gmail has no address at another ending
        }
        int dot = domain.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        for (String provider : PROVIDERS) {
            // the same ending: hotmail.de and outlook.fr exist, and an ending's typos are below
            int providerDot = provider.lastIndexOf('.');
            if (providerDot >= MIN_NAME && domain.substring(dot).equals(provider.substring(providerDot))
                    && Suggestions.distance(domain.substring(0, dot), provider.substring(0, providerDot)) == 1) {
                return Optional.of(local + "@" + provider);
            }
        }
        String meantEnding = TOP_LEVEL_TYPOS.get(domain.substring(dot + 1));
        return meantEnding == null ? Optional.empty()
                : Optional.of(local + "@" + domain.substring(0, dot + 1) + meantEnding);
    }
}
