package org.dischargehub.homecare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dischargehub.homecare.HomeCareOption;
import org.dischargehub.homecare.OfferRow;
import org.dischargehub.homecare.OfferStatus;
import org.dischargehub.shared.HumanTime;
import org.junit.jupiter.api.Test;

class HomeCareOfferDialogTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final HumanTime TIME = new HumanTime(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), HumanTime.ZONE));
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    static HomeCareOption option(String provider, String free, boolean stale) {
        return new HomeCareOption(provider, "Provider " + provider, "ASH", MONDAY, new BigDecimal(free), stale, NOW,
                free + " hours free");
    }

    @Test
    void choosing_a_provider_fires_an_offer_for_it_on_the_chosen_start_date() {
        List<LocalDate> asked = new ArrayList<>();
        HomeCareOfferDialog dialog = new HomeCareOfferDialog(TIME, MONDAY, new BigDecimal("14"), day -> {
            asked.add(day);
            return day.equals(MONDAY) ? List.of(option("HC-A", "30", false), option("HC-B", "40", true))
                    : List.of(option("HC-C", "20", false));
        }, List.of());
        assertThat(dialog.shown()).extracting(HomeCareOption::providerCode).containsExactly("HC-A", "HC-B");
        assertThat(dialog.offer.isEnabled()).isFalse();

        List<HomeCareOfferDialog.OfferRequested> requested = new ArrayList<>();
        dialog.addOfferListener(requested::add);
        dialog.startDate.setValue(MONDAY.plusDays(1));
        assertThat(asked).containsExactly(MONDAY, MONDAY.plusDays(1));
        dialog.options.select(dialog.shown().get(0));
        assertThat(dialog.offer.getText()).isEqualTo("Offer to HC-C");
        dialog.offer.click();

        assertThat(requested).singleElement().satisfies(e -> {
            assertThat(e.providerCode()).isEqualTo("HC-C");
            assertThat(e.startDate()).isEqualTo(MONDAY.plusDays(1));
        });
    }

    @Test
    void nothing_is_offered_without_a_chosen_provider_and_earlier_offers_are_listed() {
        OfferRow declined = new OfferRow("o-1", "r-1", "HC-A", "ASH", MONDAY, new BigDecimal("14"),
                OfferStatus.DECLINED, NOW.plusSeconds(14400), "care", NOW, "coordinator", NOW.plusSeconds(60),
                "provider", "Full");
        HomeCareOfferDialog dialog = new HomeCareOfferDialog(TIME, MONDAY, new BigDecimal("14"),
                day -> List.of(option("HC-B", "40", false)), List.of(declined));
        List<HomeCareOfferDialog.OfferRequested> requested = new ArrayList<>();
        dialog.addOfferListener(requested::add);
        dialog.offer.click();
        assertThat(requested).isEmpty();
        assertThat(dialog.earlier.getListDataView().getItems()).containsExactly(declined);
    }
}
