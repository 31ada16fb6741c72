package org.dischargehub.ui.charts;

import java.util.List;
import java.util.Locale;

/**
 * What every chart of the hub draws the same way: the SVG element named for screen readers, the title, and a value
 * axis of five grid lines from 0 to a round ceiling over the largest value; the labels along the bottom.
 */
final class ChartFrame {

    static final int LEFT = 44;
    static final int RIGHT = 12;
    static final int TOP = 28;
    static final int BOTTOM = 46;

    final double scaleMax;
    final double plotWidth;
    final double plotHeight;
    final double baseline;

    private ChartFrame(double scaleMax, double plotWidth, double plotHeight) {
        this.scaleMax = scaleMax;
        this.plotWidth = plotWidth;
        this.plotHeight = plotHeight;
        this.baseline = TOP + plotHeight;
    }

    /** Opens the SVG in {@code svg} with its title and value axis; the caller draws the rest and closes it. */
    static ChartFrame open(StringBuilder svg, String title, int width, int height, double max) {
        ChartFrame frame = new ChartFrame(LineChart.niceCeiling(max), width - LEFT - RIGHT, height - TOP - BOTTOM);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\">",
                width, height, width, height, LineChart.escape(title)));
        svg.append("<title>").append(LineChart.escape(title)).append("</title>");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-size=\"13\" font-weight=\"bold\">%s</text>",
                LEFT, LineChart.escape(title)));
        for (int i = 0; i <= 4; i++) {
            double y = frame.y(frame.scaleMax * i / 4);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                    LEFT, y, LEFT + frame.plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    LEFT - 4, y + 4, format(frame.scaleMax * i / 4)));
        }
        return frame;
    }

    /** Where a value sits on the value axis. */
    double y(double value) {
        return baseline - plotHeight * value / scaleMax;
    }

    /** The x of the i-th of {@code n} points spread over the plot, first and last at its edges. */
    double x(int i, int n) {
        return LEFT + (n > 1 ? plotWidth / (n - 1) : 0) * i;
    }

    /** Labels under points spread over the plot, at most about eight so they never overlap. */
    void pointLabels(StringBuilder svg, List<String> labels) {
        int n = labels.size();
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i += every) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    x(i, n), baseline + 14, LineChart.escape(labels.get(i))));
        }
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
