package org.dischargehub.homecare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long an offer stays open reads like people talk, in London time. */
class OpenOffersPanelTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:20:00Z");

    @Test
    void an_offer_open_today_says_until_when_and_how_long_is_left() {
        assertThat(OpenOffersPanel.openUntil(Instant.parse("2026-12-04T14:00:00Z"), NOW))
                .isEqualTo("Open until 14:00 (3 h 40 min left)");
        assertThat(OpenOffersPanel.openUntil(Instant.parse("2026-12-04T10:50:30Z"), NOW))
                .isEqualTo("Open until 10:50 (30 min left)");
    }

    @Test
    void an_offer_open_into_tomorrow_names_the_day_and_one_past_its_time_says_it_is_closing() {
        assertThat(OpenOffersPanel.openUntil(Instant.parse("2026-12-05T09:00:00Z"), NOW))
                .isEqualTo("Open until Sat 5 Dec, 09:00 (22 h 40 min left)");
        assertThat(OpenOffersPanel.openUntil(Instant.parse("2026-12-04T10:00:00Z"), NOW))
                .isEqualTo("Was open until 10:00: the hub is closing it");
    }

    @Test
    void summer_time_is_london_time() {
        assertThat(OpenOffersPanel.openUntil(Instant.parse("2026-07-01T13:00:00Z"), Instant.parse("2026-07-01T12:00:00Z")))
                .isEqualTo("Open until 14:00 (1 h left)");
    }
}
