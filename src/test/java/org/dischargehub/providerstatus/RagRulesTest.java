package org.dischargehub.providerstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The RAG rules at each boundary, with the default thresholds (20/10 % absent, 3/7 days of supplies, 4 days). */
class RagRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final RagRules rules = new RagRules(20, 10, 3, 7, 4);

    static StatusReturn report(Outbreak outbreak, int total, int absent, int ppeDays, LocalDate day) {
        StatusReturn r = new StatusReturn(1L, null, day);
        r.report(new StatusReport(outbreak, 0, total, absent, 0, false, false, ppeDays, true, null), "p",
                Instant.parse("2026-11-23T09:00:00Z"));
        return r;
    }

    static StatusReturn report(Outbreak outbreak, int total, int absent, int ppeDays) {
        return report(outbreak, total, absent, ppeDays, TODAY);
    }

    @Test
    void a_confirmed_outbreak_is_red_and_a_suspected_one_amber() {
        assertThat(rules.rate(report(Outbreak.CONFIRMED, 100, 0, 30), TODAY).rag()).isEqualTo(Rag.RED);
        assertThat(rules.rate(report(Outbreak.CONFIRMED, 100, 0, 30), TODAY).because())
                .containsExactly("confirmed outbreak");
        assertThat(rules.rate(report(Outbreak.SUSPECTED, 100, 0, 30), TODAY).rag()).isEqualTo(Rag.AMBER);
        assertThat(rules.rate(report(Outbreak.NONE, 100, 0, 30), TODAY).rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void staff_absence_is_red_above_20_percent_amber_from_10_to_20_and_green_below() {
        assertThat(rules.rate(report(Outbreak.NONE, 100, 21, 30), TODAY).rag()).isEqualTo(Rag.RED);
        assertThat(rules.rate(report(Outbreak.NONE, 100, 20, 30), TODAY).rag()).isEqualTo(Rag.AMBER);
        assertThat(rules.rate(report(Outbreak.NONE, 100, 10, 30), TODAY).rag()).isEqualTo(Rag.AMBER);
        assertThat(rules.rate(report(Outbreak.NONE, 100, 9, 30), TODAY).rag()).isEqualTo(Rag.GREEN);
        assertThat(rules.rate(report(Outbreak.NONE, 0, 0, 30), TODAY).rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void supplies_are_red_under_3_days_amber_from_3_to_7_and_green_above() {
        assertThat(rules.rate(report(Outbreak.NONE, 10, 0, 2), TODAY).rag()).isEqualTo(Rag.RED);
        assertThat(rules.rate(report(Outbreak.NONE, 10, 0, 3), TODAY).rag()).isEqualTo(Rag.AMBER);
        assertThat(rules.rate(report(Outbreak.NONE, 10, 0, 7), TODAY).rag()).isEqualTo(Rag.AMBER);
        assertThat(rules.rate(report(Outbreak.NONE, 10, 0, 8), TODAY).rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void an_overdue_return_is_amber_never_green_and_no_return_at_all_is_amber() {
        assertThat(rules.rate(report(Outbreak.NONE, 10, 0, 30, TODAY.minusDays(4)), TODAY).rag()).isEqualTo(Rag.GREEN);
        Rating overdue = rules.rate(report(Outbreak.NONE, 10, 0, 30, TODAY.minusDays(5)), TODAY);
        assertThat(overdue.rag()).isEqualTo(Rag.AMBER);
        assertThat(overdue.because()).singleElement().asString().contains("overdue");
        assertThat(rules.rate(null, TODAY).rag()).isEqualTo(Rag.AMBER);
        assertThat(rules.overdue(null, TODAY)).isTrue();
    }

    @Test
    void every_rule_that_applies_is_named_and_red_wins() {
        Rating rating = rules.rate(report(Outbreak.CONFIRMED, 10, 3, 1), TODAY);
        assertThat(rating.rag()).isEqualTo(Rag.RED);
        assertThat(rating.because()).hasSize(3);
    }

    @Test
    void thresholds_are_settings_so_changing_them_changes_the_rating() {
        RagRules stricter = new RagRules(5, 2, 10, 14, 2);
        assertThat(stricter.rate(report(Outbreak.NONE, 100, 6, 30), TODAY).rag()).isEqualTo(Rag.RED);
        assertThat(rules.rate(report(Outbreak.NONE, 100, 6, 30), TODAY).rag()).isEqualTo(Rag.GREEN);
    }
}
