package org.dischargehub.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FanChartTest {

    @Test
    void the_band_runs_along_the_high_percentile_and_back_along_the_low_with_the_mean_over_it() {
        String svg = FanChart.svg("Queue", List.of("a", "b"), new FanChart.Fan("P10 to P90", List.of(0.0, 2.0),
                List.of(4.0, 10.0), "Mean", List.of(2.0, 5.0), null), 200, 100);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<title>Queue</title>", "P10 to P90", "Mean");
        assertThat(svg).contains("points=\"44.0,43.6 188.0,28.0 188.0,48.8 44.0,54.0\"");
        assertThat(svg).contains("points=\"44.0,48.8 188.0,41.0\"");
        assertThat(svg).doesNotContain("Target");
    }

    @Test
    void a_target_above_the_band_raises_the_scale_and_is_drawn_dashed() {
        String svg = FanChart.svg("Delay", List.of("a", "b"), new FanChart.Fan("band", List.of(0.0, 0.0),
                List.of(1.0, 1.0), "<mean>", List.of(0.5, 0.5), 2.0), 200, 100);

        assertThat(svg).contains(">2<", "stroke-dasharray=\"6 4\" data-series=\"Target\"", "&lt;mean&gt;");
        assertThat(svg).contains("y1=\"28.0\" x2=\"188.0\" y2=\"28.0\" stroke=\"#D55E00\"");
    }
}
