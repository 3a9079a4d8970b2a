package nl.kring.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Bar charts as inline SVG: no script, no fonts or images from elsewhere, readable in black and
 * white (every bar carries its number). Each chart is an image with a title and a description that
 * lists the numbers, for screen readers; the report also shows the numbers in a table.
 */
final class SvgBarChart {

    /** One bar; {@code value} null means "no data" and draws no bar. */
    record Bar(String label, Integer value) {
    }

    private static final int WIDTH = 640;

    private SvgBarChart() {
    }

    /** Bars standing side by side, e.g. one per quarter. */
    static String vertical(String id, String title, String description, String noData, List<Bar> bars) {
        int height = 260;
        int left = 44;
        int right = 12;
        int top = 24;
        boolean slanted = bars.size() > 10;
        int bottom = slanted ? 70 : 36;
        int plotHeight = height - top - bottom;
        int max = niceMax(bars);
        double slot = (WIDTH - left - right) / (double) Math.max(1, bars.size());
        double barWidth = Math.min(56, slot * 0.7);
        StringBuilder svg = open(id, WIDTH, height, title, description, noData, bars);
        axis(svg, left, top, WIDTH - right, plotHeight, max);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = left + slot * i + (slot - barWidth) / 2;
            double centre = x + barWidth / 2;
            if (bar.value() != null) {
                double h = plotHeight * bar.value() / (double) max;
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                        x, top + plotHeight - h, barWidth, h));
                svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>",
                        centre, top + plotHeight - h - 5, bar.value()));
            } else {
                svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">–</text>",
                        centre, (double) top + plotHeight - 5));
            }
            double labelY = top + plotHeight + 18;
            svg.append(slanted
                    ? String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
                            + "transform=\"rotate(-45 %.1f %.1f)\">%s</text>", centre, labelY, centre, labelY, Xml.escape(bar.label()))
                    : String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                            centre, labelY, Xml.escape(bar.label())));
        }
        return svg.append("</svg>").toString();
    }

    /** Bars lying under each other with their labels on the left, e.g. one per topic. */
    static String horizontal(String id, String title, String description, String noData, List<Bar> bars) {
        int labelWidth = 230;
        int rowHeight = 24;
        int top = 8;
        int height = top * 2 + rowHeight * Math.max(1, bars.size());
        int plotWidth = WIDTH - labelWidth - 50;
        int max = niceMax(bars);
        StringBuilder svg = open(id, WIDTH, height, title, description, noData, bars);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + rowHeight * i;
            svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    labelWidth - 8, y + rowHeight * 0.65, Xml.escape(bar.label())));
            int value = bar.value() == null ? 0 : bar.value();
            double w = plotWidth * value / (double) max;
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                    labelWidth, y + 4, w, rowHeight - 8.0));
            svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%s</text>",
                    labelWidth + w + 6, y + rowHeight * 0.65, bar.value() == null ? "–" : bar.value().toString()));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, int width, int height, String title, String description, String noData,
                                      List<Bar> bars) {
        String values = bars.stream().map(b -> b.label() + ": " + (b.value() == null ? noData : b.value()))
                .collect(Collectors.joining("; "));
        return new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">")
                .append(Xml.escape(description + " " + values + ".")).append("</desc>");
    }

    /** The value axis: a baseline and a few gridlines with round numbers. */
    private static void axis(StringBuilder svg, int left, int top, int right, int plotHeight, int max) {
        int step = Math.max(1, max / 4);
        for (int v = 0; v <= max; v += step) {
            double y = top + plotHeight - plotHeight * v / (double) max;
            svg.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
                    v == 0 ? "axis" : "grid", left, y, right, y));
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                    left - 6, y + 4, v));
        }
    }

    /** A round maximum at or above the largest value, so gridlines fall on whole numbers. */
    private static int niceMax(List<Bar> bars) {
        int max = bars.stream().map(Bar::value).filter(v -> v != null).mapToInt(Integer::intValue).max().orElse(0);
        if (max <= 4) {
            return 4;
        }
        int magnitude = (int) Math.pow(10, Math.floor(Math.log10(max)));
        for (int factor : new int[] {1, 2, 4, 5, 10}) {
            int candidate = factor * magnitude;
            if (candidate >= max && candidate % 4 == 0) {
                return candidate;
            }
        }
        return (max + 3) / 4 * 4;
    }
}
