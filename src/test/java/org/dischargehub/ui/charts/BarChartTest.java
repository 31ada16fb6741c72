package org.dischargehub.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dischargehub.ui.charts.BarChart.Layout;
import org.junit.jupiter.api.Test;

class BarChartTest {

    static final List<LineChart.Series> POSTED_BOOKED = List.of(
            new LineChart.Series("Posted", List.of(40.0, 10.0)),
            new LineChart.Series("Booked", List.of(30.0, 0.0)));

    @Test
    void grouped_bars_stand_side_by_side_one_per_series_and_category() {
        String svg = BarChart.svg("Home care", List.of("North", "South"), POSTED_BOOKED, Layout.GROUPED, 200, 100);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("<title>Home care</title>", "North", "South", "Posted", "Booked");
        assertThat(svg.split("<rect class=\"bar\"", -1)).hasSize(5);
        // plot 144 wide, 26 high, scale 0..50; North's group is 57.6 wide from x = 51.2
        assertThat(svg).contains("x=\"51.2\" y=\"33.2\" width=\"27.8\" height=\"20.8\" fill=\"#0072B2\"");
        assertThat(svg).contains("x=\"80.0\" y=\"38.4\" width=\"27.8\" height=\"15.6\" fill=\"#D55E00\"");
        assertThat(svg).contains(">50<").doesNotContain(">60<");
    }

    @Test
    void stacked_bars_pile_up_and_the_scale_fits_the_tallest_pile() {
        String svg = BarChart.svg("Beds", List.of("Tier 1"), POSTED_BOOKED, Layout.STACKED, 200, 100);
        assertThat(svg).contains(">100<", ">75<").doesNotContain(">70<");
        // 40 of 100 at the bottom, 30 above it, both as wide as the group
        assertThat(svg).contains("y=\"43.6\" width=\"114.2\" height=\"10.4\" fill=\"#0072B2\"");
        assertThat(svg).contains("y=\"35.8\" width=\"114.2\" height=\"7.8\" fill=\"#D55E00\"");
    }

    @Test
    void every_bar_names_its_series_and_value_for_readers_and_tests() {
        String svg = BarChart.svg("t", List.of("a"), POSTED_BOOKED, Layout.GROUPED, 200, 100);
        assertThat(svg).contains("data-series=\"Posted\" data-value=\"40\"", "<title>a, Booked: 30</title>");
    }

    @Test
    void an_empty_chart_still_draws_its_axes_and_no_bars() {
        String svg = BarChart.svg("Nothing", List.of(), List.of(), Layout.GROUPED, 200, 100);
        assertThat(svg).contains("<line").doesNotContain("class=\"bar\"");
    }

    @Test
    void text_is_escaped_so_names_cannot_inject_markup() {
        String svg = BarChart.svg("<b>", List.of("<i>"), List.of(new LineChart.Series("\"x\" & y", List.of(1.0))),
                Layout.GROUPED, 200, 100);
        assertThat(svg).doesNotContain("<b>", "<i>").contains("&lt;b&gt;", "&lt;i&gt;", "&quot;x&quot; &amp; y");
    }
}
