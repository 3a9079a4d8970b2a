package nl.kring.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures the benchmark reads from what it ran (a GC log, the build's stage line, several runs) and how it
 * writes them into docs/performance.md: a misread figure would mark a target met that is not.
 */
class ReportFiguresTest {

    @TempDir
    Path dir;

    @Test
    void theGcLogGivesTheMostHeapBeforeAndAfterAnyCollection() throws IOException {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [0.010s][info][gc] Using G1
                [1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 51M->12M(1024M) 4.123ms
                [2.950s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Evacuation Pause) 717M->402M(1024M) 21.0ms
                [2.951s][info][gc] GC(2) Concurrent Mark Cycle
                [3.400s][info][gc] GC(2) Pause Remark 450M->440M(1024M) 3.2ms
                [3.500s][info][gc] GC(2) Concurrent Mark Cycle 549.1ms
                [4.100s][info][gc] GC(3) Pause Young (Mixed) (G1 Evacuation Pause) 980M->301M(1024M) 30.5ms
                """);
        GcLog gc = GcLog.read(log);
        assertThat(gc.peakBeforeMb()).isEqualTo(980);
        assertThat(gc.peakLiveMb()).isEqualTo(440);
        assertThat(gc.collections()).isEqualTo(4);
    }

    @Test
    void aStageTimeIsReadFromTheStageLineByItsName() {
        SizeResult result = new SizeResult(null, null, List.of(), List.of(), List.of(), null, null, null, null, null,
                "load config 15 ms, load and validate content 196 ms, index 795 ms, render 816 ms", null, List.of(),
                null);
        assertThat(result.stageMillis("index")).isEqualTo(795);
        assertThat(result.stageMillis("load and validate content")).isEqualTo(196);
        assertThat(result.stageMillis("load")).as("a stage's whole name, not its start").isZero();
        assertThat(result.stageMillis("write")).as("not in the line").isZero();
    }

    @Test
    void theMedianOfAnOddAndAnEvenNumberOfRuns() {
        assertThat(Measured.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Measured.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Measured.median(List.of(1.5))).isEqualTo(1.5);
    }

    @Test
    void theFiguresReplaceOnlyTheirPartOfTheReport() throws IOException {
        Path report = dir.resolve("performance.md");
        Files.writeString(report, "# Performance\n\nBefore.\n\n" + PerformanceReport.BEGIN + "\n\nold table\n"
                + PerformanceReport.END + "\n\nReading this run, by hand.\n");
        PerformanceReport.writeInto(report, "| new | table |\n");
        assertThat(Files.readString(report)).isEqualTo("# Performance\n\nBefore.\n\n" + PerformanceReport.BEGIN
                + "\n\n| new | table |\n\n" + PerformanceReport.END + "\n\nReading this run, by hand.\n");

        Path fresh = dir.resolve("fresh.md");
        Files.writeString(fresh, "# Performance\n");
        PerformanceReport.writeInto(fresh, "| t |\n");
        assertThat(Files.readString(fresh)).startsWith("# Performance\n").contains(PerformanceReport.BEGIN)
                .endsWith(PerformanceReport.END + "\n");
    }
}
