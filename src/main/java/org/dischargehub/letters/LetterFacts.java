package org.dischargehub.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a "what happens next" letter says, as data: the letter is written from these facts alone, and they are
 * kept with it. Fields that do not apply to the letter's kind or pathway are null (a triage letter has no discharge
 * day; a pathway 1 letter no bed).
 *
 * @param number         the letter's number for this referral, 1 for the first
 * @param pathway        0 to 3
 * @param familyName     the next of kin or carer kept informed, or null when the person has not consented
 * @param providerName   pathway 1: who comes; pathways 2 and 3: who runs the bed
 * @param settingName    pathways 2 and 3: where the bed is
 * @param freeUntil      the last day of the funded period, with {@code freeWeeks} and {@code schemeName}
 * @param changes        a CHANGE letter: what changed, each a short sentence
 * @param replaces       a later letter: the number of the letter it replaces
 */
public record LetterFacts(LetterKind kind, LetterFormat format, int number, LocalDate writtenOn, String personName,
        String nhsNumber, int pathway, String familyName, LocalDate dischargedOn, String providerName,
        LocalDate startDate, BigDecimal hoursPerWeek, String settingName, String bedCode, LocalDate assessmentDue,
        LocalDate checkInCallOn, LocalDate freeUntil, Integer freeWeeks, String schemeName, List<String> changes,
        Integer replaces, HubContact contact) {

    public LetterFacts {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
