package org.dischargehub.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dischargehub.platform.ClusterNotifications;
import org.dischargehub.shared.HubChange;
import org.dischargehub.shared.HubChange.EscalationRaised;
import org.dischargehub.shared.HubChange.OfferAnswered;
import org.dischargehub.shared.HubChange.ProviderRated;
import org.dischargehub.shared.HubChange.ReservationDeclined;
import org.junit.jupiter.api.Test;

/** The news that notices are made of reaches the other nodes as it left, with ids and a status and no one's name. */
class NoticeChangesTravelTest {

    final CrossNodeChanges changes = new CrossNodeChanges(new ClusterNotifications(null, null), new LiveUpdates(1),
            new ObjectMapper());

    @Test
    void an_answered_offer_a_declined_bed_a_raised_escalation_and_a_rating_survive_the_trip_to_another_node() {
        for (HubChange change : List.of(new OfferAnswered("o-1", "r-1", "P-1", "ACCEPTED"),
                new ReservationDeclined("r-2", "S-1-01"), new EscalationRaised(9L, "r-3", "NO_BED_FITS"),
                new ProviderRated("P-2", "RED"))) {
            assertThat(changes.decode(changes.encode(change))).isEqualTo(change);
        }
        assertThat(changes.encode(new ReservationDeclined("r-2", "S-1-01")))
                .isEqualTo("{\"type\":\"ReservationDeclined\",\"change\":{\"referralId\":\"r-2\",\"bedCode\":\"S-1-01\"}}");
    }
}
