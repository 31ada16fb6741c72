package org.dischargehub.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {

    @Test
    void draws_one_labelled_polyline_per_series_scaled_to_a_nice_maximum() {
        String svg = LineChart.svg("Staff absent", List.of("1 Nov", "5 Nov", "9 Nov"), List.of(
                new LineChart.Series("Absent %", List.of(5.0, 18.0, 30.0)),
                new LineChart.Series("PPE days", List.of(10.0, 6.0, 2.0))), 400, 200);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("<title>Staff absent</title>", "1 Nov", "9 Nov", "Absent %", "PPE days");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(svg.split("<circle", -1)).hasSize(7);
        assertThat(svg).contains(">50<").doesNotContain(">60<");
        assertThat(svg).contains("#0072B2", "#D55E00");
    }

    @Test
    void the_highest_point_sits_at_the_top_of_the_scale_and_zero_at_the_bottom() {
        String svg = LineChart.svg("t", List.of("a", "b"), List.of(new LineChart.Series("s", List.of(0.0, 10.0))),
                200, 100);
        assertThat(svg).contains("points=\"44.0,54.0 188.0,28.0\"");
    }

    @Test
    void text_is_escaped_so_names_cannot_inject_markup() {
        String svg = LineChart.svg("<script>alert(1)</script>", List.of("a"),
                List.of(new LineChart.Series("\"x\" & <y>", List.of(1.0))), 200, 100);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;", "&quot;x&quot; &amp; &lt;y&gt;");
    }

    @Test
    void nice_ceilings_round_up_to_one_two_or_five_steps() {
        assertThat(LineChart.niceCeiling(0)).isEqualTo(1);
        assertThat(LineChart.niceCeiling(7)).isEqualTo(10);
        assertThat(LineChart.niceCeiling(18)).isEqualTo(20);
        assertThat(LineChart.niceCeiling(23)).isEqualTo(25);
        assertThat(LineChart.niceCeiling(30)).isEqualTo(50);
    }
}
