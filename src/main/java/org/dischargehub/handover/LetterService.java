package org.dischargehub.handover;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.calls.CallsService;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.FundingScheme;
import org.dischargehub.funding.FundingService;
import org.dischargehub.letters.LetterFacts;
import org.dischargehub.letters.LetterFormat;
import org.dischargehub.letters.LetterKind;
import org.dischargehub.referral.Allocation;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralPlacements;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What happens next" letters. A letter is written in the same transaction as the change that calls for it, so a
 * change and its letter are kept or lost together: at triage, at discharge, and whenever the plan changes after (the
 * pathway, the provider, the start date, the bed, the funding decision). Each later letter says what changed and
 * which letter it replaces. The form follows the person's recorded needs (easy read, then large print). Each letter
 * is sent as it is written ({@link LetterPost}). What it says is kept as data; its PDF is made when it is read or
 * posted ({@link LetterAttachments}), not inside the change.
 */
@Service
public class LetterService {

    private final WrittenLetters letters;
    private final Contacts contacts;
    private final ReferralPlacements placements;
    private final ReferralService referrals;
    private final BedBaseService bedBase;
    private final DirectoryService directory;
    private final FundingService funding;
    private final HubContacts hubContacts;
    private final LetterAttachments pdfs;
    private final CallsService calls;
    private final LetterPost post;
    private final AuditService audit;
    private final Clock clock;

    LetterService(WrittenLetters letters, Contacts contacts, ReferralPlacements placements, ReferralService referrals,
            BedBaseService bedBase, DirectoryService directory, FundingService funding, HubContacts hubContacts,
            LetterAttachments pdfs, CallsService calls, LetterPost post, AuditService audit, Clock clock) {
        this.letters = letters;
        this.contacts = contacts;
        this.placements = placements;
        this.referrals = referrals;
        this.bedBase = bedBase;
        this.directory = directory;
        this.funding = funding;
        this.hubContacts = hubContacts;
        this.pdfs = pdfs;
        this.calls = calls;
        this.post = post;
        this.audit = audit;
        this.clock = clock;
    }

    /** Inside every change to a referral: writes the letter the change calls for, if any. */
    @EventListener
    void referralChanged(ReferralChanged changed) {
        Referral referral = placements.inThisChange(changed.referralId());
        if (referral.pathway() == null || referral.status() == ReferralStatus.CANCELLED) {
            return;
        }
        Optional<LastLetter> last = letters.lastOf(referral.id());
        PlanFacts plan = plan(referral, last);
        boolean discharged = plan.dischargedOn() != null;
        LetterKind kind;
        if (last.isEmpty()) {
            kind = discharged ? LetterKind.DISCHARGE : LetterKind.TRIAGE;
        } else if (discharged && last.get().plan().dischargedOn() == null) {
            kind = LetterKind.DISCHARGE;
        } else if (!plan.equals(last.get().plan())) {
            kind = LetterKind.CHANGE;
        } else {
            return;
        }
        write(referral, plan, kind, last.orElse(null));
    }

    /**
     * The funded period ends within the notice period (a process timer): the person is told the day it ends and
     * what may follow, once, unless the funding has already been decided or the episode is over.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('COORDINATOR')")
    public void fundedPeriodEndsSoon(String referralId) {
        Referral referral = placements.inThisChange(referralId);
        Optional<LastLetter> last = letters.lastOf(referralId);
        PlanFacts plan = plan(referral, last);
        if (referral.status() != ReferralStatus.IN_D2A || plan.fundingOutcome() != null || last.isEmpty()
                || plan.endingNoticeGiven()) {
            return;
        }
        write(referral, plan.withEndingNotice(), LetterKind.CHANGE, last.get());
    }

    /** The letters a referral's person was given, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<WrittenLetter> letters(String referralId) {
        referrals.get(referralId);
        return letters.findByReferralIdOrderByNumber(referralId);
    }

    /** One letter's PDF, to open or print; the read is logged against the person. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public LetterPdf pdf(String letterId) {
        WrittenLetter letter = letters.findById(letterId == null ? "" : letterId)
                .orElseThrow(() -> new NotFoundException("Letter", letterId));
        Referral referral = referrals.get(letter.referralId());
        audit.viewed("LETTER", new AuditSubject(referral.id(), referral.patient().nhsNumber()));
        return new LetterPdf(letter.fileName(), pdfs.pdf(letter));
    }

    private void write(Referral referral, PlanFacts plan, LetterKind kind, LastLetter last) {
        ContactCommand contact = contacts.findById(referral.id()).map(ContactDetails::asCommand)
                .orElse(ContactCommand.NONE);
        LetterFormat format = contact.communicationNeeds().easyRead() ? LetterFormat.EASY_READ
                : contact.communicationNeeds().largePrint() ? LetterFormat.LARGE_PRINT : LetterFormat.STANDARD;
        int number = last == null ? 1 : last.number() + 1;
        Integer replaces = last == null ? null : last.number();
        List<String> changes = last == null || kind == LetterKind.DISCHARGE ? List.of() : changes(last.plan(), plan);
        LocalDate freeUntil = plan.dischargedOn() != null && referral.pathway().funded()
                ? funding.fundedPeriodEnd(plan.dischargedOn()) : null;
        Optional<FundingScheme> scheme = freeUntil == null ? Optional.empty() : schemeOn(plan.dischargedOn());
        LetterFacts facts = new LetterFacts(kind, format, number, LocalDate.now(clock),
                referral.patient().fullName(), referral.patient().formattedNhsNumber(), referral.pathway().number(),
                contact.nextOfKin().toInform(), plan.dischargedOn(),
                providerName(referral), plan.startDate(),
                referral.requirement() == null ? null : referral.requirement().hoursPerWeek(),
                plan.bedCode() == null ? null : bedBase.settingNameOfBed(plan.bedCode()), plan.bedCode(),
                freeUntil == null ? null : freeUntil.minus(funding.assessmentDueBefore()),
                plan.dischargedOn() == null ? null : calls.checkInDueOn(referral.pathway(), plan.dischargedOn()),
                freeUntil,
                scheme.map(s -> s.fundedDays() / 7).orElse(null), scheme.map(FundingScheme::name).orElse(null),
                changes, replaces, hubContacts.contact());
        WrittenLetter letter = letters.save(new WrittenLetter(referral.id(), number, kind, format, replaces, plan,
                clock.instant(), CurrentUser.name(), facts));
        post.send(letter, referral.patient().fullName(), contact).ifPresent(letter::postedAs);
    }

    private PlanFacts plan(Referral referral, Optional<LastLetter> last) {
        Allocation held = referral.allocation();
        LocalDate start = held != null && held.startDate() != null ? held.startDate()
                : referral.requirement() == null ? null : referral.requirement().startDate();
        return new PlanFacts(referral.pathway().number(), held == null ? null : held.providerCode(), start,
                held == null ? null : held.bedCode(), referral.dischargedOn(),
                referral.afterDischarge().fundingDecision() == null ? null
                        : referral.afterDischarge().fundingDecision().outcome().name(),
                last.map(letter -> letter.plan().endingNoticeGiven()).orElse(false));
    }

    private String providerName(Referral referral) {
        Allocation held = referral.allocation();
        return held == null || held.providerCode() == null ? null : directory.provider(held.providerCode()).name();
    }

    /** What changed since the last letter, each as a sentence the person reads. */
    private List<String> changes(PlanFacts before, PlanFacts now) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.pathway(), now.pathway())) {
            changes.add("The team has changed the plan for your care (see below what we are arranging).");
        }
        if (now.providerCode() != null && !now.providerCode().equals(before.providerCode())) {
            changes.add("Your care at home will be given by " + directory.provider(now.providerCode()).name() + ".");
        }
        if (now.startDate() != null && !now.startDate().equals(before.startDate())) {
            changes.add("Your care now starts on " + HumanTime.date(now.startDate()) + ".");
        }
        if (now.bedCode() != null && !now.bedCode().equals(before.bedCode())) {
            changes.add("Your bed is now at " + bedBase.settingNameOfBed(now.bedCode()) + ".");
        }
        if (now.fundingOutcome() != null && !now.fundingOutcome().equals(before.fundingOutcome())) {
            changes.add("A decision has been made about paying for your care after the free period. Your hub "
                    + "contact will explain what it means for you.");
        }
        if (now.endingNoticeGiven() && !before.endingNoticeGiven()) {
            changes.add("Your free care ends on " + HumanTime.date(funding.fundedPeriodEnd(now.dischargedOn()))
                    + ". Your hub contact will talk with you about what happens after that.");
        }
        if (changes.isEmpty()) {
            changes.add("Some details of your care have changed.");
        }
        return changes;
    }

    private Optional<FundingScheme> schemeOn(LocalDate day) {
        return directory.schemes().stream().filter(s -> !s.validFrom().isAfter(day))
                .max(Comparator.comparing(FundingScheme::validFrom));
    }
}
