package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.dischargehub.shared.ConflictException;
import org.junit.jupiter.api.Test;

class HomeCareOfferTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    static HomeCareOffer open() {
        HomeCareCapacity capacity = new HomeCareCapacity(1L, 2L, LocalDate.of(2026, 11, 23));
        return new HomeCareOffer("referral-1", capacity.id(), capacity.providerId(), new BigDecimal("10"),
                "Reablement twice a day", "coordinator", NOW, NOW.plusSeconds(4 * 3600));
    }

    @Test
    void an_open_offer_holds_hours_and_is_answered_once() {
        HomeCareOffer offer = open();
        assertThat(offer.status()).isEqualTo(OfferStatus.OPEN);
        assertThat(offer.holdsHours()).isTrue();
        offer.accept("provider", NOW.plusSeconds(60));
        assertThat(offer.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(offer.booksHours()).isTrue();
        assertThat(offer.answeredBy()).isEqualTo("provider");
        assertThatThrownBy(() -> offer.accept("provider", NOW)).isInstanceOf(ConflictException.class)
                .hasMessage("This offer is accepted and cannot be accepted");
        assertThatThrownBy(() -> offer.decline("provider", null, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> offer.expire(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_declined_or_expired_offer_cannot_be_accepted_or_handed_back() {
        HomeCareOffer declined = open();
        declined.decline("provider", "No carers in that area this week", NOW);
        assertThat(declined.reason()).isEqualTo("No carers in that area this week");
        assertThatThrownBy(() -> declined.accept("provider", NOW)).isInstanceOf(ConflictException.class)
                .hasMessage("This offer is declined and cannot be accepted");
        HomeCareOffer expired = open();
        expired.expire(NOW.plusSeconds(4 * 3600));
        assertThat(expired.status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(expired.answeredBy()).isEqualTo("system");
        assertThatThrownBy(() -> expired.handBack("provider", "staff", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void only_an_accepted_package_is_handed_back_and_withdrawing_frees_open_and_accepted_alike() {
        HomeCareOffer offer = open();
        assertThatThrownBy(() -> offer.handBack("provider", "staff", NOW)).isInstanceOf(ConflictException.class);
        offer.accept("provider", NOW);
        offer.handBack("provider", "Two carers isolating", NOW);
        assertThat(offer.status()).isEqualTo(OfferStatus.HANDED_BACK);
        assertThat(offer.booksHours()).isFalse();
        assertThatThrownBy(() -> offer.withdraw("coordinator", "cancelled", NOW)).isInstanceOf(ConflictException.class);

        HomeCareOffer openOne = open();
        openOne.withdraw("coordinator", "Referral cancelled", NOW);
        assertThat(openOne.status()).isEqualTo(OfferStatus.WITHDRAWN);
        HomeCareOffer accepted = open();
        accepted.accept("provider", NOW);
        accepted.withdraw("coordinator", "Referral cancelled", NOW);
        assertThat(accepted.status()).isEqualTo(OfferStatus.WITHDRAWN);
    }
}
