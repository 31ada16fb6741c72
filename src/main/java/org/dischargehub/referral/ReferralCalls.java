package org.dischargehub.referral;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.referral.ReferralCommands.NewReferral;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.Role;
import org.dischargehub.security.SystemUser;
import org.dischargehub.shared.Pathway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a call after discharge tells the referral, inside the change that records the call: the attempt on the
 * timeline; for pathway 0 the safe-and-well call made (the process's step completes, if it still waits); and a person
 * who needs help is referred again. The calls module decides when; the referral's rules stay here.
 */
@Service
public class ReferralCalls {

    static final String HOSPITAL = "Check-in call after discharge";
    static final String WARD = "At home";

    private final ReferralStore store;
    private final ReferralService referrals;
    private final ReferralProcess process;
    private final DirectoryService directory;
    private final Clock clock;

    ReferralCalls(ReferralStore store, ReferralService referrals, ReferralProcess process, DirectoryService directory,
            Clock clock) {
        this.store = store;
        this.referrals = referrals;
        this.process = process;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The person was reached (or not): the call goes on the referral's timeline. A pathway 0 call that reached them is
     * the safe-and-well call, and the process's step for it completes if it is still waiting.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasAnyRole('CALLER', 'COORDINATOR')")
    public void callMade(String referralId, boolean reached, String summary) {
        Referral referral = store.find(referralId);
        if (reached && referral.pathway() == Pathway.ZERO
                && referral.refusal(ReferralAction.RECORD_SAFE_AND_WELL_CALL).isEmpty()) {
            store.change(referral, r -> r.safeAndWellCallMade(summary, clock.instant()));
            if (process.safeAndWellCallDue(referralId)) {
                process.safeAndWellCallMade(referralId);
            }
        } else {
            store.change(referral, r -> r.note(reached ? "CHECK_IN_CALL" : "CALL_NOT_REACHED", summary,
                    clock.instant()));
        }
    }

    /**
     * The person needs help: a new referral of the same person, waiting for the MDT's triage, whose notes say where
     * it came from; made by the hub for the caller, who is named as its referrer. When the person has an open referral
     * already (still in their funded period, or referred again since), that one is answered and no other is made.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasAnyRole('CALLER', 'COORDINATOR')")
    public ReReferral referAgain(String fromReferralId, String note) {
        Referral from = store.find(fromReferralId);
        String open = store.openReferralOf(from.patient().nhsNumber()).orElse(null);
        if (open != null) {
            store.change(store.find(open), r -> r.note("CHECK_IN_CALL", "Needs help, said on a call after "
                    + "discharge: " + note, clock.instant()));
            return new ReReferral(open, false);
        }
        Patient person = from.patient();
        NewReferral command = new NewReferral(person.nhsNumber(), person.givenName(), person.familyName(),
                person.dateOfBirth(), directory.localityCode(from.stay().localityId()), HOSPITAL, WARD,
                clock.instant(), from.stay().infectionPositive(),
                "Referred again from the call after discharge of referral " + from.id() + ": " + note);
        Referral made = SystemUser.callAs(CurrentUser.name(), List.of(Role.MDT), () -> referrals.receive(command));
        return new ReReferral(made.id(), true);
    }

    /**
     * The people of these referrals, by referral id, for a list of calls due: the calls module decides who may see
     * them and logs the view, so this read writes none of its own.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CALLER', 'COORDINATOR')")
    public Map<String, Patient> people(Collection<String> referralIds) {
        return store.all(referralIds).stream().collect(Collectors.toMap(Referral::id, Referral::patient));
    }

    /** The referral that answers a "needs help", and whether it was made for it (else it was open already). */
    public record ReReferral(String referralId, boolean made) {
    }
}
