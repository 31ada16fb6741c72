package org.dischargehub.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.calls.CallsService;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.homecare.OfferStatus;
import org.dischargehub.providerstatus.Rag;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.dischargehub.shared.HubChange.EscalationRaised;
import org.dischargehub.shared.HubChange.OfferAnswered;
import org.dischargehub.shared.HubChange.ProviderRated;
import org.dischargehub.shared.HubChange.ReservationDeclined;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in person is told as things happen, and the figures beside their menu. Coordinators act on all
 * four kinds of news (an offer accepted, a reservation declined, an escalation raised, a red rating); managers on
 * escalations and red ratings; providers and MDTs on none. The figures are counted in the database each time, never
 * from the news, so a restart or a missed message cannot make them wrong.
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    private final ReferralService referrals;
    private final HomeCareService homeCare;
    private final EscalationService escalations;
    private final BedBaseService beds;
    private final DirectoryService directory;
    private final CallsService calls;

    NoticeService(ReferralService referrals, HomeCareService homeCare, EscalationService escalations,
            BedBaseService beds, DirectoryService directory, CallsService calls) {
        this.calls = calls;
        this.referrals = referrals;
        this.homeCare = homeCare;
        this.escalations = escalations;
        this.beds = beds;
        this.directory = directory;
    }

    /** Whether a person of {@code role} is told of {@code change}; safe to ask on any thread. */
    public static boolean tells(Role role, Object change) {
        if (change instanceof EscalationRaised) {
            return role == Role.COORDINATOR || role == Role.MANAGER;
        }
        if (change instanceof ProviderRated rated) {
            return Rag.RED.name().equals(rated.rag()) && (role == Role.COORDINATOR || role == Role.MANAGER);
        }
        if (change instanceof OfferAnswered answered) {
            return OfferStatus.ACCEPTED.name().equals(answered.status()) && role == Role.COORDINATOR;
        }
        return change instanceof ReservationDeclined && role == Role.COORDINATOR;
    }

    /** The notice the signed-in person gets of {@code change}, if any. */
    public Optional<Notice> about(Object change) {
        Role role = CurrentUser.get().map(HubUser::role).orElse(null);
        if (!tells(role, change)) {
            return Optional.empty();
        }
        if (change instanceof OfferAnswered accepted) {
            String person = personOf(accepted.referralId());
            return Optional.of(new Notice("Offer accepted", directory.provider(accepted.providerCode()).name()
                    + " accepted the home-care package for " + person + ".",
                    "referrals/" + accepted.referralId(), "Open " + person + "'s referral"));
        }
        if (change instanceof ReservationDeclined declined) {
            String person = personOf(declined.referralId());
            return Optional.of(new Notice("Bed declined", beds.bed(declined.bedCode()).settingName()
                    + " declined the bed reserved for " + person + " (bed " + declined.bedCode()
                    + "). Find another bed.", "referrals/" + declined.referralId(), "Open " + person + "'s referral"));
        }
        if (change instanceof EscalationRaised raised) {
            String about = raised.referralId() == null ? "" : " (" + personOf(raised.referralId()) + ")";
            return Optional.of(new Notice("New escalation", EscalationKind.valueOf(raised.kind()).label() + about
                    + ".", "escalations", "Open escalations"));
        }
        ProviderRated rated = (ProviderRated) change;
        return Optional.of(new Notice("Red rating", directory.provider(rated.providerCode()).name()
                + " is rated red on its latest status return.", "provider-risk", "Open provider risk"));
    }

    /**
     * The figures beside the signed-in person's menu: for a home-care provider its offers waiting for its answer; for
     * a coordinator or manager the offers out (waiting for a provider's answer) and the escalations open.
     */
    public List<MenuCount> menuCounts() {
        HubUser user = CurrentUser.get().orElse(null);
        List<MenuCount> counts = new ArrayList<>();
        if (user == null) {
            return counts;
        }
        if (user.role() == Role.PROVIDER && user.providerKind() == ProviderKind.HOME_CARE) {
            counts.add(new MenuCount("my-offers", homeCare.openOfferCount(), "waiting"));
        } else if (user.role() == Role.COORDINATOR || user.role() == Role.MANAGER) {
            long out = homeCare.openOfferCount();
            counts.add(new MenuCount("board", out, out == 1 ? "offer out" : "offers out"));
            counts.add(new MenuCount("escalations", escalations.openCount(), "open"));
            counts.add(new MenuCount("calls", calls.dueCount(), "due"));
        } else if (user.role() == Role.CALLER) {
            counts.add(new MenuCount("calls", calls.dueCount(), "due"));
        }
        return counts;
    }

    private String personOf(String referralId) {
        return referrals.get(referralId).patient().fullName();
    }
}
