package org.dischargehub.ui.charts;

import java.util.List;
import java.util.Locale;

/**
 * A small line chart drawn as SVG on the server: readable, labelled, printable, and testable without a browser.
 * Colours come from the Okabe-Ito palette, which stays distinguishable for colour-blind readers.
 */
public final class LineChart {

    public static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#000000");

    public record Series(String name, List<Double> values) {
    }

    private LineChart() {
    }

    public static String svg(String title, List<String> labels, List<Series> series, int width, int height) {
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder svg = new StringBuilder();
        ChartFrame frame = ChartFrame.open(svg, title, width, height, max);
        frame.pointLabels(svg, labels);
        int n = labels.size();
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = PALETTE.get(s % PALETTE.size());
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.values().size() && i < n; i++) {
                double x = frame.x(i, n);
                double y = frame.y(line.values().get(i));
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>",
                        x, y, colour));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                    + "points=\"%s\" data-series=\"%s\"/>", colour, points.toString().trim(), escape(line.name())));
            double legendX = ChartFrame.LEFT + s * 150;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>",
                    legendX, height - 14, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", legendX + 14, height - 5,
                    escape(line.name())));
        }
        return svg.append("</svg>").toString();
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= max) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
