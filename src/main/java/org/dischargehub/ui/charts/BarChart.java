package org.dischargehub.ui.charts;

import java.util.List;
import java.util.Locale;

/**
 * A small bar chart drawn as SVG on the server, in the style of {@link LineChart}: one group of bars per category,
 * one bar per series side by side (grouped) or piled up (stacked), Okabe-Ito colours, a legend and escaped text.
 * Each bar is a {@code rect} of class {@code bar} naming its series and value, so a test can read it back.
 */
public final class BarChart {

    public enum Layout { GROUPED, STACKED }

    private BarChart() {
    }

    public static String svg(String title, List<String> categories, List<LineChart.Series> series, Layout layout,
            int width, int height) {
        double max = 0;
        for (int c = 0; c < categories.size(); c++) {
            double pile = 0;
            for (LineChart.Series s : series) {
                double v = value(s, c);
                max = layout == Layout.STACKED ? Math.max(max, pile += v) : Math.max(max, v);
            }
        }
        StringBuilder svg = new StringBuilder();
        ChartFrame frame = ChartFrame.open(svg, title, width, height, max);
        double plotWidth = frame.plotWidth;
        double plotHeight = frame.plotHeight;
        double baseline = frame.baseline;
        double scaleMax = frame.scaleMax;
        int left = ChartFrame.LEFT;
        int n = categories.size();
        double slot = n == 0 ? 0 : plotWidth / n;
        double groupWidth = slot * 0.8;
        int perGroup = layout == Layout.STACKED ? 1 : Math.max(1, series.size());
        double barWidth = groupWidth / perGroup;
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int c = 0; c < n; c++) {
            double groupX = left + slot * c + (slot - groupWidth) / 2;
            double pile = 0;
            for (int s = 0; s < series.size(); s++) {
                double v = value(series.get(s), c);
                double h = plotHeight * v / scaleMax;
                double x = layout == Layout.STACKED ? groupX : groupX + barWidth * s;
                double y = baseline - h - (layout == Layout.STACKED ? plotHeight * pile / scaleMax : 0);
                pile += v;
                svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                        + "height=\"%.1f\" fill=\"%s\" data-series=\"%s\" data-value=\"%s\"><title>%s, %s: %s</title></rect>",
                        x, y, Math.max(barWidth - 1, 1), h, colour(s), LineChart.escape(series.get(s).name()), format(v),
                        LineChart.escape(categories.get(c)), LineChart.escape(series.get(s).name()), format(v)));
            }
            if (c % every == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                        groupX + groupWidth / 2, baseline + 14, LineChart.escape(categories.get(c))));
            }
        }
        for (int s = 0; s < series.size(); s++) {
            double legendX = left + s * 130;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>",
                    legendX, height - 14, colour(s)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", legendX + 14, height - 5,
                    LineChart.escape(series.get(s).name())));
        }
        return svg.append("</svg>").toString();
    }

    private static double value(LineChart.Series series, int index) {
        Double v = index < series.values().size() ? series.values().get(index) : null;
        return v == null || v < 0 ? 0 : v;
    }

    private static String colour(int series) {
        return LineChart.PALETTE.get(series % LineChart.PALETTE.size());
    }

    private static String format(double value) {
        return ChartFrame.format(value);
    }
}
