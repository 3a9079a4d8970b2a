package nl.kring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./kring} decides before it starts the JVM ({@code scripts/jdk.sh}, {@code scripts/jvm-cache.sh}):
 * which JDK version it has, when it trains the start-up cache, with what, and what it passes on. The JDKs
 * here are folders with a {@code release} file and a {@code bin/java} script that writes down how it was
 * called (and, when training, the cache file a real JVM would write); what a real cache gains is measured
 * by the benchmark, and every {@code ./kring} in CI runs the real one.
 */
class LauncherCacheTest {

    private static final Path SCRIPTS = Path.of("..", "scripts").toAbsolutePath().normalize();

    /**
     * A long build's options: G1 starts marking at 70% of the heap, keeping 15% free for evacuation, and C2 inlines
     * less (it compiled for a third of the large build's CPU).
     */
    private static final String[] LONG_BUILD = {"-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=70",
            "-XX:G1ReservePercent=15", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=500"};

    @TempDir
    Path dir;

    @Test
    void theJdkVersionComesFromItsReleaseFileWithoutStartingIt() throws Exception {
        assertThat(major(jdk("jdk21", "21.0.5", true))).isEqualTo("21");
        assertThat(major(jdk("jdk8", "1.8.0_392", true))).isEqualTo("8");
        assertThat(major(jdk("jdk25", "25", true))).isEqualTo("25");
        assertThat(Files.exists(dir.resolve("jdk21/calls.txt"))).as("the JVM was not started").isFalse();
    }

    @Test
    void withoutAReleaseFileTheJvmIsAsked() throws Exception {
        Path jdk = jdk("old", null, true);
        assertThat(major(jdk)).isEqualTo("22");
    }

    @Test
    void javaHomeIsUsedWhenItIsAJdk21OrNewerOtherwiseTheJavacOnThePath() throws Exception {
        Path jdk17 = jdk("jdk17", "17.0.9", true);
        Path jdk21 = jdk("jdk21", "21.0.5", true);
        Path jdk25 = jdk("jdk25", "25.0.3", true);
        for (Path jdk : List.of(jdk17, jdk21, jdk25)) {
            Files.writeString(jdk.resolve("bin/javac"), "#!/bin/sh\n");
            Files.setPosixFilePermissions(jdk.resolve("bin/javac"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(foundJdk(jdk21, jdk25)).isEqualTo(jdk21.toString());
        assertThat(foundJdk(jdk17, jdk25)).as("JDK 17 is too old").isEqualTo(jdk25.toString());
        assertThat(foundJdk(dir.resolve("missing"), jdk21)).isEqualTo(jdk21.toString());
        assertThat(Files.exists(jdk17.resolve("calls.txt"))).as("no JVM was started to find its version").isFalse();
    }

    @Test
    void theJarIsBuiltAgainWhenItsSourcesOrTheSchemasItCarriesChange() throws Exception {
        Path root = dir.resolve("repo");
        Path source = root.resolve("generator/src/main/java/nl/kring/A.java");
        Path schema = root.resolve("docs/schema/group.schema.json");
        Files.createDirectories(source.getParent());
        Files.createDirectories(schema.getParent());
        Files.writeString(source, "class A {}");
        Files.writeString(schema, "{}");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path jar = root.resolve("generator/target/kring.jar");
        assertThat(outdated(root, jar)).as("no jar yet").isTrue();
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "a jar");
        java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(jar);
        for (Path input : List.of(source, schema, root.resolve("pom.xml"))) {
            Files.setLastModifiedTime(input, java.nio.file.attribute.FileTime.fromMillis(built.toMillis() - 60_000));
        }
        assertThat(outdated(root, jar)).isFalse();
        Files.setLastModifiedTime(schema, java.nio.file.attribute.FileTime.fromMillis(built.toMillis() + 60_000));
        assertThat(outdated(root, jar)).as("a schema changed: the editor's forms come from it").isTrue();
    }

    @Test
    void theLaunchersOwnLinesAreDutchUnlessEnglishIsAskedForAsKringItselfDoes() throws Exception {
        assertThat(said("", "build")).isEqualTo("kring: Nederlands");
        assertThat(said("", "build --lang en")).isEqualTo("kring: English");
        assertThat(said("", "build --lang=en --root x")).isEqualTo("kring: English");
        assertThat(said("en", "build")).isEqualTo("kring: English");
        assertThat(said("en", "build --lang nl")).as("--lang goes before KRING_LANG").isEqualTo("kring: Nederlands");
        assertThat(said("fr", "build")).as("an unknown language: Dutch").isEqualTo("kring: Nederlands");

        Path jdk = jdk("jdk25", "25.0.3", true);
        String training = bash("export JAVA_HOME='" + jdk + "'; . '" + SCRIPTS.resolve("jdk.sh") + "'; . '"
                + SCRIPTS.resolve("jvm-cache.sh") + "'; java_options=(); kring_choose_language build; kring_jvm_cache '"
                + jar() + "' '" + site() + "' build 2>&1 >/dev/null", "on");
        assertThat(training).startsWith("kring: een snellere start voorbereiden");
    }

    /** What {@code kring_say} prints with KRING_LANG {@code lang} and the command line {@code args}. */
    private String said(String lang, String args) throws Exception {
        return bash("export KRING_LANG='" + lang + "'; . '" + SCRIPTS.resolve("jdk.sh") + "'; kring_choose_language "
                + args + "; kring_say Nederlands English 2>&1", "on").trim();
    }

    private boolean outdated(Path root, Path jar) throws Exception {
        return bash(". '" + SCRIPTS.resolve("jar.sh") + "'; if kring_jar_outdated '" + root + "' '" + jar
                + "'; then echo yes; else echo no; fi", "on").trim().equals("yes");
    }

    @Test
    void onJdk25TheFirstRunTrainsAnAotCacheOnABuildIntoATemporaryFolderAndLaterRunsUseIt() throws Exception {
        Path jdk = jdk("jdk25", "25.0.3", true);
        Path jar = jar();
        Path root = site();
        List<String> first = cacheOptions(jdk, jar, root, "on");
        List<String> calls = Files.readAllLines(jdk.resolve("calls.txt"));
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call).contains("-XX:AOTCacheOutput=").contains(" -jar " + jar + " build --root " + root + " --out ")
                    .contains("--now 2026-11-23T12:00");
            assertThat(call).doesNotContain(root.resolve("dist").toString());
        });
        Path cache = Files.list(jar.getParent().resolve("jvm-cache")).filter(f -> f.toString().endsWith(".aot"))
                .findFirst().orElseThrow();
        assertThat(first).containsExactly("-XX:AOTCache=" + cache, "-Xlog:aot*=off,cds*=off");

        List<String> second = cacheOptions(jdk, jar, root, "on");
        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllLines(jdk.resolve("calls.txt"))).as("trained once").hasSize(1);
    }

    @Test
    void aCheckHasACacheOfItsOwnTrainedOnACheckAndTheBuildsCacheStays() throws Exception {
        Path jdk = jdk("jdk25", "25.0.3", true);
        Path jar = jar();
        Path root = site();
        String build = cacheOptions(jdk, jar, root, "on").getFirst();
        String check = cacheOptions(jdk, jar, root, "on", "check").getFirst();
        assertThat(check).startsWith("-XX:AOTCache=").endsWith("-check.aot").isNotEqualTo(build);
        List<String> calls = Files.readAllLines(jdk.resolve("calls.txt"));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1)).contains(" -jar " + jar + " check --root " + root + " --now 2026-11-23T12:00")
                .doesNotContain("--out");
        assertThat(cacheOptions(jdk, jar, root, "on").getFirst()).as("the build's cache was kept").isEqualTo(build);
        assertThat(cacheOptions(jdk, jar, root, "on", "check").getFirst()).isEqualTo(check);
        assertThat(cacheOptions(jdk, jar, root, "on", "serve").getFirst()).as("the preview: the build's").isEqualTo(build);
        assertThat(Files.readAllLines(jdk.resolve("calls.txt"))).as("each trained once").hasSize(2);
        Files.writeString(jar, "another jar, longer than the first");
        cacheOptions(jdk, jar, root, "on", "check");
        assertThat(Files.list(jar.getParent().resolve("jvm-cache")).map(f -> f.getFileName().toString()))
                .as("a new jar's first check: the old jar's caches go").singleElement().asString().endsWith("-check.aot");
    }

    @Test
    void aRebuiltJarTrainsAgainAndTheOldCacheGoes() throws Exception {
        Path jdk = jdk("jdk25", "25.0.3", true);
        Path jar = jar();
        Path root = site();
        String before = cacheOptions(jdk, jar, root, "on").getFirst();
        Files.writeString(jar, "another jar, longer than the first");
        String after = cacheOptions(jdk, jar, root, "on").getFirst();
        assertThat(after).isNotEqualTo(before);
        assertThat(Files.readAllLines(jdk.resolve("calls.txt"))).hasSize(2);
        assertThat(Files.list(jar.getParent().resolve("jvm-cache")).map(f -> f.getFileName().toString()))
                .singleElement().isEqualTo(Path.of(after.substring(after.indexOf('=') + 1)).getFileName().toString());
    }

    @Test
    void onJdk21ItIsAnAppCdsArchive() throws Exception {
        Path jdk = jdk("jdk21", "21.0.5", true);
        List<String> options = cacheOptions(jdk, jar(), site(), "on");
        assertThat(Files.readString(jdk.resolve("calls.txt"))).contains("-XX:+AutoCreateSharedArchive");
        assertThat(options).hasSize(2);
        assertThat(options.getFirst()).startsWith("-XX:SharedArchiveFile=").endsWith(".jsa");
        assertThat(options.get(1)).isEqualTo("-Xlog:cds*=off");
    }

    @Test
    void aTrainingThatMakesNoCacheIsNotRetriedAndKringRunsWithoutOne() throws Exception {
        Path jdk = jdk("jdk25", "25.0.3", false);
        Path jar = jar();
        assertThat(cacheOptions(jdk, jar, site(), "on")).isEmpty();
        assertThat(cacheOptions(jdk, jar, site(), "on")).isEmpty();
        assertThat(Files.readAllLines(jdk.resolve("calls.txt"))).hasSize(1);
        assertThat(Files.list(jar.getParent().resolve("jvm-cache")).map(f -> f.getFileName().toString()))
                .singleElement().asString().endsWith(".aot.failed");
    }

    @Test
    void kringJvmCacheOffMeansNoTrainingAndNoCache() throws Exception {
        Path jdk = jdk("jdk25", "25.0.3", true);
        assertThat(cacheOptions(jdk, jar(), site(), "off")).isEmpty();
        assertThat(Files.exists(jdk.resolve("calls.txt"))).isFalse();
    }

    @Test
    void aShortRunGetsTheQuickJitASmallHeapAndBelow1000FilesTheSerialCollectorALongOneLaterMarking() throws Exception {
        Path small = site();
        Files.createDirectories(small.resolve("content/stad/groups"));
        Files.writeString(small.resolve("content/stad/groups/een.md"), "---\nname: Een\n---\n");
        List<String> quick = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m",
                "-Djdk.reflect.useNativeAccessorOnly=true");
        assertThat(shortRun("build --root '" + small + "'")).isEqualTo(quick);
        assertThat(shortRun("--lang en check --root=" + small)).isEqualTo(quick);
        assertThat(shortRun("serve --root '" + small + "'")).as("the preview runs long").isEmpty();
        assertThat(shortRun("new group --root '" + small + "'")).isEmpty();
        Path larger = dir.resolve("larger");
        groups(larger, 999);
        assertThat(shortRun("build --root '" + larger + "'")).isEqualTo(quick);
        groups(larger, 1_000);
        List<String> parallel = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xms64m",
                "-Djdk.reflect.useNativeAccessorOnly=true");
        assertThat(shortRun("build --root '" + larger + "'")).as("1,000 files or more: the parallel collector")
                .isEqualTo(parallel);
        groups(larger, 2_999);
        assertThat(shortRun("build --root '" + larger + "'")).isEqualTo(parallel);
        groups(larger, 3_000);
        assertThat(shortRun("build --root '" + larger + "'")).as("3,000 files or more: C1 alone")
                .containsExactly("-XX:TieredStopAtLevel=1");
        groups(larger, 8_000);
        assertThat(shortRun("build --root '" + larger + "'"))
                .as("8,000 files or more: the JVM's defaults, but G1 marks later and C2 inlines less")
                .containsExactly(LONG_BUILD);
        assertThat(shortRun("serve --root '" + larger + "'")).as("the preview keeps the defaults").isEmpty();
    }

    @Test
    void aLongBuildGoesWithoutTheCacheAndDoesNotTrainOne() throws Exception {
        Path jdk = jdk("jdk25", "25.0.3", true);
        Path jar = jar();
        Path root = site();
        groups(root, 8_000);
        String script = "set -euo pipefail; export JAVA_HOME='" + jdk + "'; . '" + SCRIPTS.resolve("jdk.sh") + "'; . '"
                + SCRIPTS.resolve("jvm-cache.sh") + "'; java_options=(); kring_short_run %s; kring_jvm_cache '"
                + jar + "' '" + root + "' || true;"
                + " for o in ${java_options[@]+\"${java_options[@]}\"}; do echo \"$o\"; done";
        assertThat(bash(script.formatted("build --root '" + root + "'"), "on").lines())
                .as("no start-up cache").containsExactly(LONG_BUILD);
        assertThat(Files.exists(jdk.resolve("calls.txt"))).as("no training").isFalse();
        assertThat(bash(script.formatted("serve --root '" + root + "'"), "on").lines())
                .as("the preview keeps its cache").anyMatch(o -> o.startsWith("-XX:AOTCache="));
    }

    @Test
    void kringJavaOptionsComeLastAndOnlyASmallerHeapDropsTheSmallStart() throws Exception {
        Path small = site();
        Files.createDirectories(small.resolve("content"));
        Files.writeString(small.resolve("content/een.md"), "---\n");
        String build = "build --root '" + small + "'";
        assertThat(launcherOptions(build, "-Xmx1g -Xlog:gc:file=/tmp/gc.log")).containsExactly(
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m", "-Djdk.reflect.useNativeAccessorOnly=true",
                "-Xmx1g", "-Xlog:gc:file=/tmp/gc.log");
        assertThat(launcherOptions(build, "-Xmx48m")).as("a start above the maximum would stop the JVM")
                .doesNotContain("-Xms64m").endsWith("-Xmx48m");
        assertThat(launcherOptions(build, "-Xmx65536k")).doesNotContain("-Xms64m");
        assertThat(launcherOptions(build, "-Xmx64m")).contains("-Xms64m");
        assertThat(launcherOptions(build, "-Xms256m")).doesNotContain("-Xms64m").endsWith("-Xms256m");
        assertThat(launcherOptions("serve --root '" + small + "'", "")).isEmpty();
    }

    /** Makes {@code count} group files in {@code root}/content (adding to those already there). */
    private static void groups(Path root, int count) throws IOException {
        Path groups = Files.createDirectories(root.resolve("content/stad/groups"));
        for (int i = 0; i < count; i++) {
            Path file = groups.resolve("groep-" + i + ".md");
            if (!Files.exists(file)) {
                Files.writeString(file, "---\n");
            }
        }
    }

    private List<String> launcherOptions(String args, String javaOptions) throws Exception {
        return bash("export KRING_JAVA_OPTIONS='" + javaOptions + "'; . '" + SCRIPTS.resolve("jvm-cache.sh")
                + "'; java_options=(); kring_short_run " + args + "; kring_user_options"
                + "; for o in ${java_options[@]+\"${java_options[@]}\"}; do echo \"$o\"; done", "on").lines().toList();
    }

    private List<String> shortRun(String args) throws Exception {
        return bash(". '" + SCRIPTS.resolve("jvm-cache.sh") + "'; java_options=(); kring_short_run " + args
                + "; for o in ${java_options[@]+\"${java_options[@]}\"}; do echo \"$o\"; done", "on").lines().toList();
    }

    /** A JDK folder; its java writes its arguments to calls.txt and, if {@code trains}, the cache file asked for. */
    private Path jdk(String name, String version, boolean trains) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        if (version != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        Path java = home.resolve("bin/java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                if [ "$1" = "-XshowSettings:properties" ]; then echo "    java.specification.version = 22" >&2; exit 0; fi
                echo "$*" >> "%s"
                if %s; then
                  for a in "$@"; do
                    case "$a" in
                      -XX:AOTCacheOutput=*) echo cache > "${a#-XX:AOTCacheOutput=}" ;;
                      -XX:SharedArchiveFile=*) echo cache > "${a#-XX:SharedArchiveFile=}" ;;
                    esac
                  done
                fi
                echo "training output the user must not see"
                exit 1
                """.formatted(home.resolve("calls.txt"), trains));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private Path jar() throws IOException {
        Path jar = dir.resolve("generator/target/kring.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "a jar");
        return jar;
    }

    private Path site() throws IOException {
        Path root = dir.resolve("site");
        Files.createDirectories(root);
        Files.writeString(root.resolve("site-config.yml"), "title: Test\n");
        return root;
    }

    private String major(Path jdk) throws Exception {
        return bash(". '" + SCRIPTS.resolve("jdk.sh") + "'; kring_read_java_major '" + jdk.resolve("bin/java")
                + "'; echo \"$kring_major\"", "on")
                .trim();
    }

    /** The JAVA_HOME {@code kring_find_jdk} settles on, given a JAVA_HOME and a JDK whose javac is on the PATH. */
    private String foundJdk(Path javaHome, Path onPath) throws Exception {
        return bash("export JAVA_HOME='" + javaHome + "' PATH='" + onPath.resolve("bin") + ":/usr/bin:/bin'; . '"
                + SCRIPTS.resolve("jdk.sh") + "'; kring_find_jdk && echo \"$JAVA_HOME\"", "on").trim();
    }

    /** The options {@code ./kring} would pass to the JVM, one per line. */
    private List<String> cacheOptions(Path jdk, Path jar, Path root, String setting) throws Exception {
        return cacheOptions(jdk, jar, root, setting, "build");
    }

    /** The same for a command ({@code build}, {@code check}, {@code serve}, ...). */
    private List<String> cacheOptions(Path jdk, Path jar, Path root, String setting, String command) throws Exception {
        String out = bash("set -euo pipefail; export JAVA_HOME='" + jdk + "'; . '" + SCRIPTS.resolve("jdk.sh") + "'; . '"
                + SCRIPTS.resolve("jvm-cache.sh") + "'; java_options=(); kring_jvm_cache '" + jar + "' '" + root
                + "' '" + command + "' || true; for o in ${java_options[@]+\"${java_options[@]}\"}; do echo \"$o\"; done",
                setting);
        return out.lines().toList();
    }

    private String bash(String script, String setting) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("KRING_JVM_CACHE", setting);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
