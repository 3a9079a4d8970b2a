package nl.kring.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.message.Language;

/**
 * Which language Kring speaks to the editor in this run: {@code --lang} wherever it stands on the command line,
 * else the environment variable {@code KRING_LANG}, else Dutch, the language of every site
 * (site-config.yml's {@code language}, which only allows {@code nl}).
 * The choice is made before picocli parses the arguments, because the usage help and picocli's own
 * messages are already in that language.
 */
record LanguageChoice(Language language, Optional<String> unknown, String source) {

    static final String OPTION = "--lang";

    static LanguageChoice of(List<String> args, Map<String, String> environment) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(OPTION)) {
                return i + 1 < args.size() ? named(args.get(i + 1), OPTION) : new LanguageChoice(Language.NL,
                        Optional.of(""), OPTION);
            }
            if (arg.startsWith(OPTION + "=")) {
                return named(arg.substring(OPTION.length() + 1), OPTION);
            }
        }
        String fromEnvironment = environment.get(Language.ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return named(fromEnvironment, Language.ENVIRONMENT_VARIABLE);
        }
        return new LanguageChoice(Language.NL, Optional.empty(), "");
    }

    private static LanguageChoice named(String code, String source) {
        return Language.parse(code)
                .map(l -> new LanguageChoice(l, Optional.empty(), source))
                .orElseGet(() -> new LanguageChoice(Language.NL, Optional.of(code), source));
    }
}
