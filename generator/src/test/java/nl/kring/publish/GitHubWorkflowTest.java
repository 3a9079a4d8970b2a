package nl.kring.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The ready-made workflows in .github/workflows/: well-formed YAML with the triggers, steps and
 * kring commands docs/publishing.md describes, and shell scripts bash can parse.
 */
class GitHubWorkflowTest {

    private static final Path WORKFLOWS = Path.of("..", ".github", "workflows");

    @Test
    void pullRequestsAreCheckedWithAnnotationsAndBuildTheAffectedRegions() throws Exception {
        Map<String, Object> workflow = load("check.yml");
        assertThat(map(workflow, "on")).containsOnlyKeys("pull_request");
        List<Map<String, Object>> steps = steps(workflow, "check");
        assertThat(uses(steps)).contains("actions/checkout@v4", "actions/setup-java@v4");
        assertThat(steps).anySatisfy(s -> assertThat(map(s, "with")).containsEntry("java-version", "21"));
        assertThat(runs(steps)).anySatisfy(r -> assertThat(r).isEqualTo("./kring check --format github"))
                .anySatisfy(r -> assertThat(r).contains("./kring regions --changed-since \"origin/$BASE_REF\"")
                        .contains("./kring build --out dist \"${args[@]}\""));
    }

    @Test
    void pullRequestsMustHaveContentInCanonicalFormEvenWhenTheCheckFails() throws Exception {
        List<Map<String, Object>> steps = steps(load("check.yml"), "check");
        assertThat(steps).anySatisfy(step -> {
            assertThat(step.get("run")).isEqualTo("./kring fmt --check --format github");
            assertThat(step.get("if")).isEqualTo("${{ !cancelled() }}");
        });
        List<String> runs = runs(steps);
        assertThat(runs.indexOf("./kring fmt --check --format github"))
                .isGreaterThan(runs.indexOf("./kring check --format github"))
                .isLessThan(runs.indexOf(runs.stream().filter(r -> r.contains("./kring build")).findFirst().orElseThrow()));
    }

    @Test
    void mainAndADailyScheduleBuildEveryRegionAndPublishThem() throws Exception {
        Map<String, Object> workflow = load("site.yml");
        Map<String, Object> on = map(workflow, "on");
        assertThat(map(on, "push")).containsEntry("branches", List.of("main"));
        String cron = (String) map(list(on, "schedule").getFirst()).get("cron");
        assertThat(cron.split(" ")).hasSize(5);
        assertThat(runs(steps(workflow, "regions"))).anySatisfy(r -> assertThat(r).contains("./kring regions"));
        Map<String, Object> build = map(map(workflow, "jobs"), "build");
        assertThat(map(map(build, "strategy"), "matrix")).containsEntry("region", "${{ fromJSON(needs.regions.outputs.list) }}");
        List<Map<String, Object>> steps = steps(workflow, "build");
        assertThat(runs(steps)).contains("./kring build --region \"$REGION\" --format github");
        assertThat(uses(steps)).contains("actions/upload-artifact@v4", "actions/upload-pages-artifact@v3");
        assertThat(uses(steps(workflow, "deploy"))).containsExactly("actions/deploy-pages@v4");
        assertThat(map(map(map(workflow, "jobs"), "deploy"), "permissions"))
                .containsEntry("pages", "write").containsEntry("id-token", "write");
    }

    @Test
    void everyActionIsPinnedToAVersionAndEveryScriptParses() throws Exception {
        for (String name : List.of("check.yml", "site.yml")) {
            Map<String, Object> jobs = map(load(name), "jobs");
            for (String job : jobs.keySet()) {
                List<Map<String, Object>> steps = list(map(jobs, job), "steps");
                assertThat(uses(steps)).allMatch(u -> u.matches("[\\w-]+/[\\w-]+@v\\d+"), name + " " + job);
                for (String script : runs(steps)) {
                    assertThat(bashParses(script)).as(name + ": " + script).isTrue();
                }
            }
        }
    }

    private static boolean bashParses(String script) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-n").redirectErrorStream(true).start();
        bash.getOutputStream().write(script.replaceAll("\\$\\{\\{[^}]*}}", "x").getBytes(StandardCharsets.UTF_8));
        bash.getOutputStream().close();
        bash.getInputStream().readAllBytes();
        return bash.waitFor(30, TimeUnit.SECONDS) && bash.exitValue() == 0;
    }

    private static Map<String, Object> load(String name) throws IOException {
        Object yaml = new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(WORKFLOWS.resolve(name), StandardCharsets.UTF_8));
        return map(yaml);
    }

    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        return list(map(map(workflow, "jobs"), job), "steps");
    }

    private static List<String> uses(List<Map<String, Object>> steps) {
        return steps.stream().map(s -> (String) s.get("uses")).filter(u -> u != null).toList();
    }

    private static List<String> runs(List<Map<String, Object>> steps) {
        return steps.stream().map(s -> (String) s.get("run")).filter(r -> r != null).map(String::strip).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        Object value = parent.get(key);
        return value == null ? Map.of() : map(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        assertThat(parent.get(key)).as(key).isInstanceOf(List.class);
        return new ArrayList<>((List<Map<String, Object>>) parent.get(key));
    }
}
