package org.dischargehub.handover;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.dischargehub.letters.LetterFormat;
import org.dischargehub.letters.LetterKind;

/**
 * A "what happens next" letter as the person was given it: the PDF, and the plan it described as data, so the next
 * change of plan is found by comparing facts.
 */
@Entity
public class WrittenLetter {

    @Id
    private String id;
    private String referralId;
    private int number;
    @Enumerated(EnumType.STRING)
    private LetterKind kind;
    @Enumerated(EnumType.STRING)
    private LetterFormat format;
    private Integer replaces;
    private Instant createdAt;
    private String createdBy;
    private Integer pathway;
    private String providerCode;
    private LocalDate startDate;
    private String bedCode;
    private LocalDate dischargedOn;
    private String fundingOutcome;
    private boolean endingNoticeGiven;
    private String postMessageId;
    private byte[] pdf;

    protected WrittenLetter() {
    }

    WrittenLetter(String referralId, int number, LetterKind kind, LetterFormat format, Integer replaces,
            PlanFacts plan, Instant createdAt, String createdBy, byte[] pdf) {
        this.id = UUID.randomUUID().toString();
        this.referralId = referralId;
        this.number = number;
        this.kind = kind;
        this.format = format;
        this.replaces = replaces;
        this.pathway = plan.pathway();
        this.providerCode = plan.providerCode();
        this.startDate = plan.startDate();
        this.bedCode = plan.bedCode();
        this.dischargedOn = plan.dischargedOn();
        this.fundingOutcome = plan.fundingOutcome();
        this.endingNoticeGiven = plan.endingNoticeGiven();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.pdf = pdf;
    }

    public String id() {
        return id;
    }

    public String referralId() {
        return referralId;
    }

    public int number() {
        return number;
    }

    public LetterKind kind() {
        return kind;
    }

    public LetterFormat format() {
        return format;
    }

    public Integer replaces() {
        return replaces;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    PlanFacts plan() {
        return new PlanFacts(pathway, providerCode, startDate, bedCode, dischargedOn, fundingOutcome, endingNoticeGiven);
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    /** The letter went into the outbox to be posted, as this message. */
    void postedAs(String messageId) {
        this.postMessageId = messageId;
    }
}
