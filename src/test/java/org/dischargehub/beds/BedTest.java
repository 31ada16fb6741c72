package org.dischargehub.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dischargehub.shared.ConflictException;
import org.junit.jupiter.api.Test;

class BedTest {

    final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void bed_is_reserved_occupied_and_freed_again() {
        Bed bed = new Bed("B1", 1L, BedType.REHAB, now);
        bed.reserveFor("R1", now);
        assertThat(bed.status()).isEqualTo(BedStatus.RESERVED);
        assertThat(bed.referralId()).isEqualTo("R1");
        bed.occupy(now.plusSeconds(60));
        assertThat(bed.status()).isEqualTo(BedStatus.OCCUPIED);
        bed.release(now.plusSeconds(120));
        assertThat(bed.status()).isEqualTo(BedStatus.AVAILABLE);
        assertThat(bed.referralId()).isNull();
        assertThat(bed.statusSince()).isEqualTo(now.plusSeconds(120));
    }

    @Test
    void bed_cannot_be_reserved_twice() {
        Bed bed = new Bed("B1", 1L, BedType.REHAB, now);
        bed.reserveFor("R1", now);
        assertThatThrownBy(() -> bed.reserveFor("R2", now)).isInstanceOf(ConflictException.class);
        assertThat(bed.referralId()).isEqualTo("R1");
    }

    @Test
    void a_held_bed_cannot_be_closed_and_a_closed_bed_cannot_be_reserved() {
        Bed held = new Bed("B1", 1L, BedType.REHAB, now);
        held.reserveFor("R1", now);
        assertThatThrownBy(() -> held.close("maintenance", now)).isInstanceOf(ConflictException.class);

        Bed closed = new Bed("B2", 1L, BedType.REHAB, now);
        closed.close("maintenance", now);
        assertThatThrownBy(() -> closed.reserveFor("R2", now)).isInstanceOf(ConflictException.class);
        closed.reopen(now);
        assertThat(closed.status()).isEqualTo(BedStatus.AVAILABLE);
    }

    @Test
    void only_a_reserved_bed_can_be_occupied() {
        Bed bed = new Bed("B1", 1L, BedType.REHAB, now);
        assertThatThrownBy(() -> bed.occupy(now)).isInstanceOf(ConflictException.class);
    }
}
