package org.dischargehub.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanTextTest {

    @Test
    void hours_lose_trailing_zeros_and_one_hour_is_singular() {
        assertThat(PlanText.hours(new BigDecimal("10.50"))).isEqualTo("10.5 hours");
        assertThat(PlanText.hours(new BigDecimal("14.00"))).isEqualTo("14 hours");
        assertThat(PlanText.hours(new BigDecimal("1.0"))).isEqualTo("1 hour");
    }

    @Test
    void a_single_free_week_is_a_week() {
        LetterFacts discharge = LetterFactsFactory.discharge(1);
        LetterFacts oneWeek = new LetterFacts(discharge.kind(), discharge.format(), 1, discharge.writtenOn(),
                discharge.personName(), discharge.nhsNumber(), 1, null, discharge.dischargedOn(),
                discharge.providerName(), discharge.startDate(), discharge.hoursPerWeek(), null, null, null, null,
                LocalDate.of(2026, 12, 13), 1, "Leeds discharge funding", null, null, discharge.contact());

        assertThat(PlanText.freeUntil(oneWeek).text())
                .startsWith("Your care is free until Sunday 13 December 2026: 1 week under Leeds discharge funding.");
    }

    @Test
    void a_pathway_outside_0_to_3_is_refused() {
        assertThatThrownBy(() -> PlanText.whatWeAreArranging(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_provider_or_bed_not_yet_known_is_said_to_be_still_being_arranged() {
        LetterFacts homeCare = LetterFactsFactory.facts(LetterKind.CHANGE, LetterFormat.STANDARD, 1, null, null);
        LetterFacts bed = LetterFactsFactory.facts(LetterKind.CHANGE, LetterFormat.STANDARD, 2, null, null);

        assertThat(PlanText.whoComesWhen(withoutProviderOrSetting(homeCare)).text())
                .startsWith("We are still arranging who will give you care at home.");
        assertThat(PlanText.whoComesWhen(withoutProviderOrSetting(bed)).text())
                .startsWith("We are still arranging where your bed will be.");
    }

    private static LetterFacts withoutProviderOrSetting(LetterFacts f) {
        return new LetterFacts(f.kind(), f.format(), f.number(), f.writtenOn(), f.personName(), f.nhsNumber(),
                f.pathway(), f.familyName(), f.dischargedOn(), null, f.startDate(), f.hoursPerWeek(), null, null,
                f.assessmentDue(), f.checkInCallOn(), f.freeUntil(), f.freeWeeks(), f.schemeName(), f.changes(),
                f.replaces(), f.contact());
    }
}
