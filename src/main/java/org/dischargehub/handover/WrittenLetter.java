package org.dischargehub.handover;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.dischargehub.letters.LetterFacts;
import org.dischargehub.letters.LetterFormat;
import org.dischargehub.letters.LetterKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A "what happens next" letter as the person was given it: everything it says as data ({@link LetterFacts}), from
 * which its PDF is made when it is read or posted, and the plan it described, so the next change of plan is found by
 * comparing facts. Letters written before the facts were kept hold their PDF instead.
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
    @JdbcTypeCode(SqlTypes.JSON)
    private LetterFacts facts;
    private byte[] pdf;

    protected WrittenLetter() {
    }

    WrittenLetter(String referralId, int number, LetterKind kind, LetterFormat format, Integer replaces,
            PlanFacts plan, Instant createdAt, String createdBy, LetterFacts facts) {
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
        this.facts = facts;
    }

    public String id() {
        return id;
    }

    public String referralId() {
        return referralId;
    }

    /** The name the letter's PDF goes by, opened or posted. */
    public String fileName() {
        return "letter-" + number + ".pdf";
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

    /** What the letter says; null for a letter written before the facts were kept, which has its PDF. */
    LetterFacts facts() {
        return facts;
    }

    /** The PDF as it was made when the letter was written, for letters written before the facts were kept. */
    Optional<byte[]> writtenPdf() {
        return Optional.ofNullable(pdf).map(byte[]::clone);
    }

    /** The letter went into the outbox to be posted, as this message. */
    void postedAs(String messageId) {
        this.postMessageId = messageId;
    }
}
