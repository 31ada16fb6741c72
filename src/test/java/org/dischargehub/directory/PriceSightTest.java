package org.dischargehub.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceSightTest {

    static final BigDecimal RATE = new BigDecimal("21.50");

    @Test
    void a_provider_user_reads_its_own_providers_price_and_nobody_elses() {
        PriceSight sight = PriceSight.ownProviderOnly(7L);

        assertThat(sight.shown(7L, RATE)).isEqualTo(RATE);
        assertThat(sight.shown(8L, RATE)).isNull();
    }

    @Test
    void the_hubs_staff_read_every_providers_price() {
        assertThat(PriceSight.EVERY_PROVIDER.shown(8L, RATE)).isEqualTo(RATE);
    }

    @Test
    void a_provider_user_without_a_provider_reads_no_price_at_all() {
        PriceSight sight = PriceSight.ownProviderOnly(null);

        assertThat(sight.shown(null, RATE)).isNull();
        assertThat(sight.shown(7L, RATE)).isNull();
    }
}
