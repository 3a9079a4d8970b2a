package nl.kring.benchmark;

import java.util.List;

/** What one external command cost, as {@code /usr/bin/time} reports it. */
record Measured(double wallSeconds, double cpuSeconds, long peakRssKb, String stdout, String stderr, int exitCode) {

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
