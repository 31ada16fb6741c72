package org.dischargehub.referral;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.dischargehub.shared.Pathway;

/**
 * The MDT's plan for the person and what has been found for it: the pathway, the need, the reason, and the bed or
 * home-care package held, and a request to re-triage when no bed fits it. A triage makes a new plan, replacing the
 * one before; until then the referral has none.
 */
@Embeddable
class Plan {

    @Convert(converter = PathwayColumn.class)
    private Pathway pathway;
    @Embedded
    @AttributeOverride(name = "startDate", column = @Column(name = "care_start_date"))
    private Requirement requirement;
    private String triageRationale;
    private String allocatedBedCode;
    private String allocatedProvider;
    private LocalDate allocatedStartDate;
    private Instant retriageRequestedAt;
    private String retriageRequest;

    protected Plan() {
    }

    Plan(Pathway pathway, Requirement requirement, String rationale) {
        this.pathway = pathway;
        this.requirement = requirement;
        this.triageRationale = rationale;
    }

    /** The plan as the timeline tells it: "Pathway 2, a nursing bed. Needs rehab first." */
    String describe() {
        return "Pathway " + pathway.number() + requirement.describe() + ". " + triageRationale;
    }

    void bedReserved(String bedCode) {
        this.allocatedBedCode = bedCode;
    }

    /** Moves the person to another bed and answers the bed they left. */
    String bedMoved(String bedCode) {
        String from = allocatedBedCode;
        this.allocatedBedCode = bedCode;
        return from;
    }

    /** The home declined the reserved bed: nothing is held any more. Answers the bed given back. */
    String bedReleased() {
        String bedCode = allocatedBedCode;
        this.allocatedBedCode = null;
        return bedCode;
    }

    void retriageAsked(RetriageRequest request) {
        this.retriageRequestedAt = request.at();
        this.retriageRequest = request.reason();
    }

    Optional<RetriageRequest> retriageRequest() {
        return retriageRequestedAt == null ? Optional.empty()
                : Optional.of(new RetriageRequest(retriageRequestedAt, retriageRequest));
    }

    void packageAccepted(String providerCode, LocalDate startDate) {
        this.allocatedProvider = providerCode;
        this.allocatedStartDate = startDate;
    }

    /** The package is no longer held for the person: it went back to the provider before discharge. */
    void packageReleased() {
        this.allocatedProvider = null;
        this.allocatedStartDate = null;
    }

    Pathway pathway() {
        return pathway;
    }

    /** The need the capacity step looks for; pathway 0 needs none. */
    Requirement requirement() {
        return pathway == Pathway.ZERO ? null : requirement;
    }

    String rationale() {
        return triageRationale;
    }

    Allocation allocation() {
        if (allocatedBedCode != null) {
            return Allocation.bed(allocatedBedCode);
        }
        if (allocatedProvider != null) {
            return Allocation.homeCare(allocatedProvider, allocatedStartDate);
        }
        return null;
    }
}
