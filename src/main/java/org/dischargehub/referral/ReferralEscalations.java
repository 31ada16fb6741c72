package org.dischargehub.referral;

import java.time.Clock;
import java.util.Map;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedOptions;
import org.dischargehub.beds.BedType;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.funding.FundingService;
import org.dischargehub.shared.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.dischargehub.shared.HumanTime;

/** What the hub manager is told about a person when something needs them, in words that say who and why. */
@Service
@Transactional(readOnly = true)
public class ReferralEscalations {

    private final ReferralStore store;
    private final FundingService funding;
    private final EscalationService escalations;
    private final BedBaseService bedBase;
    private final Clock clock;

    ReferralEscalations(ReferralStore store, FundingService funding, EscalationService escalations,
            BedBaseService bedBase, Clock clock) {
        this.store = store;
        this.funding = funding;
        this.escalations = escalations;
        this.bedBase = bedBase;
        this.clock = clock;
    }

    /** Called by the process when one of its timers says the hub manager must know. */
    @Transactional
    public void escalate(String id, EscalationKind kind) {
        Referral referral = store.find(id);
        String detail = switch (kind) {
            case TRIAGE_OVERDUE -> referral.patient().named() + " has waited for MDT triage since "
                    + new HumanTime(clock).dateTime(referral.createdAt());
            case DISCHARGE_DELAYED -> referral.patient().named() + " was ready to leave at "
                    + new HumanTime(clock).dateTime(referral.stay().readyToLeaveAt()) + " and is still "
                            + referral.status().label();
            case NO_BED -> noBedDetail(referral);
            case FUNDED_PERIOD_ENDED -> referral.patient().named() + ": the funded period ended on "
                    + HumanTime.date(funding.fundedPeriodEnd(referral.dischargedOn()))
                    + " with no funding decision; the NHS no longer pays, so someone must decide now";
            default -> referral.fullName() + ": " + kind.label();
        };
        escalations.raise(id, kind, detail);
        store.change(referral.by("system"), r -> r.note("ESCALATED", kind.label(), clock.instant()));
    }

    /** The coordinator found no bed that fits: the hub manager is told now, once while the wait lasts. */
    Escalation noBedFits(Referral referral, String reason) {
        if (escalations.isOpen(referral.id(), EscalationKind.NO_BED_FITS)) {
            throw new ConflictException("The hub manager has already been told that no bed fits this person; "
                    + "that escalation is still open");
        }
        String detail = noBedDetail(referral) + ". The coordinator says: " + reason;
        Escalation raised = escalations.raise(referral.id(), EscalationKind.NO_BED_FITS,
                detail.length() > 4000 ? detail.substring(0, 3999) + "…" : detail);
        store.change(referral, r -> r.note("ESCALATED", EscalationKind.NO_BED_FITS.label() + ": " + reason,
                clock.instant()));
        return raised;
    }

    private String noBedDetail(Referral referral) {
        BedType type = referral.requirement().bedType();
        BedOptions options = bedBase.options(type, referral.stay().infectionPositive(), referral.stay().localityId(),
                Map.of());
        String who = referral.patient().named();
        if (options.whyNone() == null) {
            return options.candidates().size() + " " + type.name().replace('_', ' ').toLowerCase()
                    + " beds fit " + who + " but none has been reserved";
        }
        return "No " + type.name().replace('_', ' ').toLowerCase() + " bed fits " + who + ": " + options.whyNone();
    }

    /** A provider gave a package back: the hub must find another, or look after the person at home. */
    void packageHandedBack(Referral referral, String providerCode, String why, boolean beforeDischarge) {
        String reason = why.length() > 3000 ? why.substring(0, 3000) + "…" : why;
        escalations.raise(referral.id(), EscalationKind.PACKAGE_HANDED_BACK, providerCode
                + " handed back the home-care package of " + referral.patient().named()
                + ": " + reason
                + (beforeDischarge ? ". The person is waiting for home care again." : ". The person is at home."));
    }
}
