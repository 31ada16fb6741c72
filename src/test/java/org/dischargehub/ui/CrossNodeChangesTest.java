package org.dischargehub.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.platform.ClusterNotifications;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.shared.HubChange;
import org.dischargehub.shared.HubChange.BedsChanged;
import org.dischargehub.shared.HubChange.EscalationChanged;
import org.dischargehub.shared.HubChange.HomeCareChanged;
import org.dischargehub.shared.HubChange.ProviderStatusChanged;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.junit.jupiter.api.Test;

class CrossNodeChangesTest {

    final CrossNodeChanges changes = new CrossNodeChanges(new ClusterNotifications(null, null), new LiveUpdates(1),
            new ObjectMapper());

    @Test
    void every_change_a_view_refreshes_on_survives_the_trip_to_another_node() {
        for (HubChange change : List.of(new ReferralChanged("r-1", ReferralStatus.AWAITING_TRIAGE.name()),
                new EscalationChanged(7L, "r-1", EscalationKind.TRIAGE_OVERDUE.name()),
                new BedsChanged("S-1", "S-1-01"), new BedsChanged("S-1", null), new ProviderStatusChanged("P-1"),
                new HomeCareChanged("P-2"))) {
            assertThat(changes.decode(changes.encode(change))).isEqualTo(change);
        }
    }

    @Test
    void a_message_carries_ids_and_a_status_only() {
        assertThat(changes.encode(new ReferralChanged("r-1", ReferralStatus.AWAITING_CAPACITY.name())))
                .isEqualTo("{\"type\":\"ReferralChanged\",\"change\":{\"referralId\":\"r-1\",\"status\":\"AWAITING_CAPACITY\"}}");
    }

    @Test
    void a_change_of_an_unknown_type_or_an_unreadable_message_is_ignored() {
        assertThat(changes.decode("{\"type\":\"Runtime\",\"change\":{}}")).isNull();
        assertThat(changes.decode("not json")).isNull();
    }
}
