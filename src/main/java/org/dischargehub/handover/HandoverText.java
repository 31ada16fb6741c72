package org.dischargehub.handover;

import java.util.ArrayList;
import java.util.List;
import org.dischargehub.letters.HubContact;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.Requirement;
import org.dischargehub.shared.HumanTime;

/** The handover's words: the care decided at triage and the risks a carer must know on the first visit. */
final class HandoverText {

    private HandoverText() {
    }

    static Handover handover(Referral referral, ContactCommand contact, HubContact hub, String placement) {
        Requirement need = referral.requirement();
        return new Handover(referral.id(), referral.patient().givenName(), referral.patient().familyName(),
                referral.patient().nhsNumber(), referral.patient().dateOfBirth(), contact.address(),
                contact.postcode(), contact.phone(), contact.nextOfKin(), contact.gp(), contact.communicationNeeds(),
                contact.accessDetails(), contact.callTimes(), needs(referral), risks(referral, contact), hub,
                placement, referral.allocation() != null && referral.allocation().startDate() != null
                        ? referral.allocation().startDate() : need == null ? null : need.startDate());
    }

    /** "Home care, 14 hours a week from Monday 7 December 2026. <the MDT's rationale>" */
    static String needs(Referral referral) {
        Requirement need = referral.requirement();
        StringBuilder text = new StringBuilder();
        if (need != null && need.bedType() != null) {
            text.append("A ").append(need.bedType().label().toLowerCase()).append(" bed.");
        } else if (need != null && need.hoursPerWeek() != null) {
            text.append("Home care, ").append(need.hoursPerWeek().stripTrailingZeros().toPlainString())
                    .append(" hours a week from ").append(HumanTime.date(need.startDate())).append('.');
        }
        if (referral.triageRationale() != null && !referral.triageRationale().isBlank()) {
            text.append(text.isEmpty() ? "" : " ").append(referral.triageRationale().trim());
        }
        return text.toString();
    }

    static List<String> risks(Referral referral, ContactCommand contact) {
        List<String> risks = new ArrayList<>();
        if (referral.stay().infectionPositive()) {
            risks.add("Infection-positive: follow infection control");
        }
        contact.communicationNeeds().flaggedForStaff().forEach(flag -> risks.add("Communication: " + flag));
        if (referral.stay().notes() != null && !referral.stay().notes().isBlank()) {
            risks.add("From the hospital: " + referral.stay().notes().trim());
        }
        return risks;
    }
}
