package org.dischargehub.ui.charts;

import java.util.List;
import java.util.Locale;

/**
 * A forecast as SVG drawn on the server: a shaded band between a low and a high percentile, the mean as a line over
 * it, and a dashed target line when there is one. Labelled like {@link LineChart}, so it reads without colour.
 */
public final class FanChart {

    private static final String BAND = "#56B4E9";
    private static final String MEAN = "#0072B2";
    private static final String TARGET = "#D55E00";

    private FanChart() {
    }

    /** One value per label in each list; {@code target} null for none. */
    public record Fan(String bandName, List<Double> low, List<Double> high, String meanName, List<Double> mean,
            Double target) {
    }

    public static String svg(String title, List<String> labels, Fan fan, int width, int height) {
        double max = Math.max(fan.target() == null ? 0 : fan.target(),
                fan.high().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        StringBuilder svg = new StringBuilder();
        ChartFrame frame = ChartFrame.open(svg, title, width, height, max);
        frame.pointLabels(svg, labels);
        int n = labels.size();
        int left = ChartFrame.LEFT;
        StringBuilder band = new StringBuilder();
        for (int i = 0; i < n; i++) {
            band.append(point(frame.x(i, n), frame.y(fan.high().get(i))));
        }
        for (int i = n - 1; i >= 0; i--) {
            band.append(point(frame.x(i, n), frame.y(fan.low().get(i))));
        }
        svg.append(String.format(Locale.ROOT, "<polygon fill=\"%s\" fill-opacity=\"0.35\" stroke=\"none\" "
                + "points=\"%s\" data-series=\"%s\"/>", BAND, band.toString().trim(),
                LineChart.escape(fan.bandName())));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            line.append(point(frame.x(i, n), frame.y(fan.mean().get(i))));
        }
        svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                + "points=\"%s\" data-series=\"%s\"/>", MEAN, line.toString().trim(),
                LineChart.escape(fan.meanName())));
        legend(svg, left, height, BAND, fan.bandName(), null);
        legend(svg, left + 170, height, MEAN, fan.meanName(), null);
        if (fan.target() != null) {
            double y = frame.y(fan.target());
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" data-series=\"Target\"/>",
                    left, y, left + frame.plotWidth, y, TARGET));
            legend(svg, left + 300, height, TARGET, "Target", "6 4");
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, double x, int height, String colour, String name, String dash) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" "
                + "stroke-width=\"6\"%s/>", x, height - 9, x + 12, height - 9, colour,
                dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 16, height - 5,
                LineChart.escape(name)));
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
    }
}
