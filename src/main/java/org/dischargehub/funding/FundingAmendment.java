package org.dischargehub.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A correction to a funding decision, kept with its reason and the decision it replaced. Never changed once written. */
@Entity
public class FundingAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String referralId;
    private Instant amendedAt;
    private String amendedBy;
    private String reason;
    @Enumerated(EnumType.STRING)
    private FundingOutcome previousOutcome;
    private LocalDate previousDecidedOn;
    private String previousRationale;
    private boolean previousFastTrack;
    private String previousDecidedBy;
    @Enumerated(EnumType.STRING)
    private FundingOutcome outcome;
    private LocalDate decidedOn;
    private String rationale;
    private boolean fastTrack;

    protected FundingAmendment() {
    }

    FundingAmendment(String referralId, Instant amendedAt, String amendedBy, String reason, FundingDecision previous,
            FundingDecision current) {
        this.referralId = referralId;
        this.amendedAt = amendedAt;
        this.amendedBy = amendedBy;
        this.reason = reason;
        this.previousOutcome = previous.outcome();
        this.previousDecidedOn = previous.decidedOn();
        this.previousRationale = previous.rationale();
        this.previousFastTrack = previous.fastTrack();
        this.previousDecidedBy = previous.decidedBy();
        this.outcome = current.outcome();
        this.decidedOn = current.decidedOn();
        this.rationale = current.rationale();
        this.fastTrack = current.fastTrack();
    }

    public Instant amendedAt() {
        return amendedAt;
    }

    public String amendedBy() {
        return amendedBy;
    }

    public String reason() {
        return reason;
    }

    public FundingDecision previous() {
        return new FundingDecision(previousOutcome, previousDecidedOn, previousRationale, previousDecidedBy,
                previousFastTrack);
    }

    public FundingDecision amended() {
        return new FundingDecision(outcome, decidedOn, rationale, amendedBy, fastTrack);
    }
}
