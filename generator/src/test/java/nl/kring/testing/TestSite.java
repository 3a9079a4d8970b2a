package nl.kring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.message.Texts;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;

/**
 * A small, valid fixture site in a temporary folder: two regions (one under a sub-path), two
 * municipalities, two topics, one group each, a network page and the real default theme. Tests
 * change or add single files and look at what the build reports or writes.
 */
public final class TestSite {

    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 12, 0);

    private final Path root;

    public TestSite(Path root) {
        this.root = root;
        write("site-config.yml", """
                title: Zelfregie Test
                language: nl
                timezone: Europe/Amsterdam
                staleAfterMonths: 12
                regions:
                  - id: noord
                    name: Zelfregie Noord
                    baseUrl: https://noord.example.org/
                    municipalities: [roermond]
                    brand:
                      color: "#1d6b57"
                    contact:
                      organisation: Steunpunt Noord
                      email: info@noord.example.org
                  - id: zuid
                    name: Zelfregie Zuid
                    baseUrl: https://www.example.org/zuid/
                    municipalities: [heerlen]
                """);
        write("content/topics.yml", """
                - slug: rouw
                  name: Rouw en verlies
                  description: Voor wie een dierbare heeft verloren.
                  synonyms: [rouwverwerking, verdriet]
                - slug: schulden
                  name: Geldzorgen en schulden
                  description: Voor wie geldzorgen heeft.
                """);
        write("content/pages/over-zelfhulp.md", """
                ---
                title: Over zelfhulp
                menu: 1
                ---
                Lees meer over de [rouwgroep](../roermond/groups/rouwgroep.md).
                """);
        write("content/roermond/municipality.yml", """
                name: Roermond
                intro: |
                  Groepen in **Roermond**.
                """);
        write("content/heerlen/municipality.yml", """
                name: Heerlen
                intro: Groepen in Heerlen.
                """);
        write("content/roermond/groups/rouwgroep.md", group("Rouwgroep Roermond", ""));
        write("content/heerlen/groups/schuldencafe.md", """
                ---
                name: Schuldencafé Heerlen
                topics: [schulden]
                summary: Praten over geldzorgen.
                when: Elke maandag, 10.00–12.00 uur
                location:
                  name: Buurthuis
                  address: Dorpsstraat 1
                  postcode: 6411 AA
                  city: Heerlen
                contact:
                  name: Piet
                  phone: "045 123 4567"
                facilitators: 1
                updated: 2026-10-01
                ---
                Koffie en steun.
                """);
        copyTree(Path.of("..", "themes", "default"), root.resolve("themes/default"));
    }

    /** A valid group file with the given name; {@code extra} lines are added to its front matter. */
    public static String group(String name, String extra) {
        return """
                ---
                name: %s
                topics: [rouw]
                summary: Een groep voor wie rouwt.
                when: Elke tweede dinsdag van de maand, 19.30–21.30 uur
                location:
                  name: Wijkcentrum De Brug
                  address: Voorbeeldstraat 12
                  postcode: 6041 AB
                  city: Roermond
                  accessible: true
                contact:
                  name: Anna
                  email: anna@example.org
                facilitators: 2
                updated: 2026-10-01
                %s---
                We praten over verlies.
                """.formatted(name, extra.isEmpty() ? "" : extra.stripTrailing() + "\n");
    }

    public Path root() {
        return root;
    }

    public TestSite write(String path, String text) {
        return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code kring check} does: everything the build checks, nothing written. */
    public BuildResult check() {
        return new SiteBuilder().build(new BuildOptions(root, out(), List.of(), new BuildTime.Local(NOW),
                BuildOptions.Output.CHECK, false));
    }

    public BuildResult build() {
        return build(out());
    }

    public BuildResult build(Path out) {
        return new SiteBuilder().build(new BuildOptions(root, out, List.of(), new BuildTime.Local(NOW), true));
    }

    public Path out() {
        return root.resolve("dist");
    }

    /** The headlines of all problems in Dutch (the default), e.g. {@code content/x.md:3:7: fout: …}. */
    public List<String> problems() {
        return problems(Texts.dutch());
    }

    /** The headlines of all problems in the given language, e.g. {@code content/x.md:3:7: error: …} in English. */
    public List<String> problems(Texts texts) {
        return check().diagnostics().stream().map(d -> d.headline(texts)).toList();
    }

    /** The headlines of the errors in Dutch. */
    public List<String> errors() {
        return errors(Texts.dutch());
    }

    public List<String> errors(Texts texts) {
        return check().diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(texts)).toList();
    }

    /** A file of the site's repository, e.g. {@code site-config.yml}. */
    public String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String output(String path) {
        try {
            return Files.readString(out().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
