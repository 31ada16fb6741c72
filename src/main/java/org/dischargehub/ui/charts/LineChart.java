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
        int left = 44;
        int right = 12;
        int top = 28;
        int bottom = 46;
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double scaleMax = niceCeiling(max);
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\">",
                width, height, width, height, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-size=\"13\" font-weight=\"bold\">%s</text>",
                left, escape(title)));
        for (int i = 0; i <= 4; i++) {
            double value = scaleMax * i / 4;
            double y = top + plotHeight - plotHeight * i / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                    left, y, left + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    left - 4, y + 4, format(value)));
        }
        int n = labels.size();
        double step = n > 1 ? plotWidth / (n - 1) : 0;
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i += every) {
            double x = left + step * i;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    x, top + plotHeight + 14, escape(labels.get(i))));
        }
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = PALETTE.get(s % PALETTE.size());
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.values().size() && i < n; i++) {
                double x = left + step * i;
                double y = top + plotHeight - (scaleMax == 0 ? 0 : plotHeight * line.values().get(i) / scaleMax);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>",
                        x, y, colour));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                    + "points=\"%s\" data-series=\"%s\"/>", colour, points.toString().trim(), escape(line.name())));
            double legendX = left + s * 150;
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

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
