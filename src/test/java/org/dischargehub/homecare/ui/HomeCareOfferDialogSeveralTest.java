package org.dischargehub.homecare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dischargehub.homecare.HomeCareOption;
import org.dischargehub.shared.HumanTime;
import org.junit.jupiter.api.Test;

class HomeCareOfferDialogSeveralTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final HumanTime TIME = new HumanTime(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), HumanTime.ZONE));
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    static HomeCareOption option(String provider) {
        return new HomeCareOption(provider, "Provider " + provider, "ASH", MONDAY, new BigDecimal("30"), false, NOW,
                "30 hours free");
    }

    HomeCareOfferDialog dialog(List<HomeCareOfferDialog.OfferRequested> requested) {
        HomeCareOfferDialog dialog = new HomeCareOfferDialog(TIME, MONDAY, new BigDecimal("14"),
                day -> List.of(option("HC-A"), option("HC-B"), option("HC-C")), List.of(), 2);
        dialog.addOfferListener(requested::add);
        return dialog;
    }

    @Test
    void ticking_two_providers_offers_the_package_to_both_in_the_order_shown() {
        List<HomeCareOfferDialog.OfferRequested> requested = new ArrayList<>();
        HomeCareOfferDialog dialog = dialog(requested);
        dialog.options.select(dialog.shown().get(2));
        dialog.options.select(dialog.shown().get(0));
        assertThat(dialog.offer.getText()).isEqualTo("Offer to HC-A, HC-C");
        dialog.offer.click();
        assertThat(requested).singleElement().satisfies(e -> {
            assertThat(e.providerCodes()).containsExactly("HC-A", "HC-C");
            assertThat(e.startDate()).isEqualTo(MONDAY);
        });
    }

    @Test
    void more_providers_than_allowed_at_once_offers_nothing() {
        List<HomeCareOfferDialog.OfferRequested> requested = new ArrayList<>();
        HomeCareOfferDialog dialog = dialog(requested);
        dialog.shown().forEach(dialog.options::select);
        assertThat(dialog.offer.isEnabled()).isFalse();
        assertThat(dialog.offer.getText()).isEqualTo("Choose at most 2 providers");
        dialog.offer.click();
        assertThat(requested).isEmpty();
    }
}
