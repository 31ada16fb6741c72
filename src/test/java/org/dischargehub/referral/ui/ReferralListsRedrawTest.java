package org.dischargehub.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.shared.HubChange.BedsChanged;
import org.dischargehub.shared.HubChange.EscalationChanged;
import org.dischargehub.shared.HubChange.HomeCareChanged;
import org.dischargehub.shared.HubChange.ProviderStatusChanged;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.junit.jupiter.api.Test;

/** The hub board and the MDT worklist redraw on changes to referrals, not on every change the hub makes. */
class ReferralListsRedrawTest {

    @Test
    void referral_and_escalation_changes_redraw_the_lists() {
        assertThat(HubBoardView.aboutReferrals(new ReferralChanged("r-1", ReferralStatus.AWAITING_TRIAGE.name())))
                .isTrue();
        assertThat(HubBoardView.aboutReferrals(new EscalationChanged(1L, "r-1", EscalationKind.TRIAGE_OVERDUE.name())))
                .isTrue();
    }

    @Test
    void capacity_beds_and_provider_status_leave_the_lists_alone() {
        assertThat(HubBoardView.aboutReferrals(new HomeCareChanged("P-1"))).isFalse();
        assertThat(HubBoardView.aboutReferrals(new BedsChanged("S-1", "S-1-01"))).isFalse();
        assertThat(HubBoardView.aboutReferrals(new ProviderStatusChanged("P-1"))).isFalse();
    }
}
