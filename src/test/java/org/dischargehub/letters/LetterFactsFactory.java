package org.dischargehub.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Letter facts for tests, on fixed days: triage on Thursday 3 December 2026, discharge on Monday 7 December. */
final class LetterFactsFactory {

    static final LocalDate TRIAGED = LocalDate.of(2026, 12, 3);
    static final LocalDate DISCHARGED = LocalDate.of(2026, 12, 7);
    static final HubContact CONTACT =
            new HubContact("Priya Shah", "0113 496 0123", "Monday to Friday, 8am to 6pm", "0113 496 0999");

    private LetterFactsFactory() {
    }

    static LetterFacts triage(int pathway, String familyName) {
        return facts(LetterKind.TRIAGE, LetterFormat.STANDARD, pathway, familyName, null);
    }

    static LetterFacts discharge(int pathway) {
        return facts(LetterKind.DISCHARGE, LetterFormat.STANDARD, pathway, null, null);
    }

    static LetterFacts inFormat(LetterFormat format) {
        return facts(LetterKind.DISCHARGE, format, 1, "Tom Jones", null);
    }

    static LetterFacts change(List<String> changes, Integer replaces) {
        LetterFacts discharge = discharge(1);
        return new LetterFacts(LetterKind.CHANGE, LetterFormat.STANDARD, 2, DISCHARGED.plusDays(3),
                discharge.personName(), discharge.nhsNumber(), 1, null, DISCHARGED, "Bright Homecare",
                LocalDate.of(2026, 12, 14), new BigDecimal("10.5"), null, null, LocalDate.of(2026, 12, 21),
                LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 3), 4, "Leeds discharge funding", changes,
                replaces, CONTACT);
    }

    static LetterFacts named(String personName) {
        LetterFacts facts = triage(1, null);
        return new LetterFacts(facts.kind(), facts.format(), 1, TRIAGED, personName, facts.nhsNumber(), 1, null,
                null, null, null, null, null, null, null, null, null, null, null, List.of(), null, CONTACT);
    }

    static LetterFacts facts(LetterKind kind, LetterFormat format, int pathway, String familyName, Integer replaces) {
        boolean discharged = kind != LetterKind.TRIAGE;
        boolean homeCare = discharged && pathway == 1;
        boolean bed = discharged && pathway >= 2;
        return new LetterFacts(kind, format, replaces == null ? 1 : replaces + 1, discharged ? DISCHARGED : TRIAGED,
                "Margaret Hughes", "943 476 5919", pathway, familyName, discharged ? DISCHARGED : null,
                homeCare ? "Bright Homecare" : bed ? "Oakwood Care Ltd" : null,
                homeCare || bed ? DISCHARGED : null, homeCare ? new BigDecimal("10.50") : null,
                bed ? "Oakwood House, Harehills" : null, bed ? "Room 4" : null,
                discharged && pathway > 0 ? LocalDate.of(2026, 12, 21) : null,
                discharged ? (pathway == 0 ? LocalDate.of(2026, 12, 9) : LocalDate.of(2026, 12, 10)) : null,
                discharged && pathway > 0 ? LocalDate.of(2027, 1, 3) : null, discharged && pathway > 0 ? 4 : null,
                discharged && pathway > 0 ? "Leeds discharge funding" : null, List.of(), replaces, CONTACT);
    }
}
