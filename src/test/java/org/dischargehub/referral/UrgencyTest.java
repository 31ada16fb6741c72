package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.dischargehub.beds.BedType;
import org.dischargehub.platform.TimeConfiguration;
import org.dischargehub.referral.ReferralCommands.NewReferral;
import org.dischargehub.shared.Pathway;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;

class UrgencyTest {

    private final Instant now = TestClock.now();
    private final Urgency urgency = new Urgency(Clock.fixed(now, TimeConfiguration.HUB_ZONE));

    @Test
    void days_past_the_ready_date_and_the_wait_at_the_current_step_count_on_the_hubs_clock() {
        Referral readyTomorrowWaitingLongest = referral("Tomorrow", now.plus(Duration.ofDays(1)), days(9));
        Referral threeDaysPast = referral("Three", now.minus(Duration.ofDays(3)), days(1));
        Referral oneDayPastJustMoved = referral("OneShort", now.minus(Duration.ofDays(1)), days(5));
        oneDayPastJustMoved.triage(Pathway.TWO, new Requirement(BedType.REHAB, null, null), "Rehab", now.minus(Duration.ofHours(2)));

        assertThat(urgency.daysPastReady(threeDaysPast)).isEqualTo(3);
        assertThat(urgency.daysPastReady(readyTomorrowWaitingLongest)).isZero();
        assertThat(urgency.waitingAtStep(oneDayPastJustMoved)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void the_hub_asks_for_a_delay_reason_only_past_the_ready_date_until_one_is_recorded() {
        Referral past = referral("Past", now.minus(Duration.ofDays(2)), days(3));
        Referral notYet = referral("NotYet", now.plus(Duration.ofHours(30)), days(3));

        assertThat(urgency.needsDelayReason(past)).isTrue();
        assertThat(urgency.needsDelayReason(notYet)).isFalse();

        past.delayedBecause("FAMILY_CHOICE", "Patient or family choice", now);
        assertThat(urgency.needsDelayReason(past)).isFalse();
    }

    private Referral referral(String familyName, Instant readyToLeaveAt, Instant received) {
        NewReferral command = new NewReferral(People.nhsNumber(), "Edith", familyName, LocalDate.of(1938, 4, 12),
                "L1", "Westshire General Hospital", "Elm Ward", readyToLeaveAt, false, null);
        return Referral.receive(command, 1L, null, received, "mdt");
    }

    private Instant days(int ago) {
        return now.minus(Duration.ofDays(ago));
    }
}
