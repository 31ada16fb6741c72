package org.dischargehub.handover;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.referral.Allocation;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralPlacements;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How to reach a referred person, and the handover to whoever delivers their care. The MDT and the hub record the
 * contact details until the referral closes. A provider sees a person's handover only while it delivers their care:
 * from the moment its offer is accepted or a bed in one of its settings is reserved for them, until the placement
 * ends (the referral closes or is cancelled, or a new plan moves the person elsewhere). Every view is logged.
 */
@Service
public class HandoverService {

    /** The states in which what is held for the person is their placement. */
    static final Set<ReferralStatus> PLACED = Set.of(ReferralStatus.READY_TO_DISCHARGE, ReferralStatus.IN_D2A,
            ReferralStatus.FUNDING_DECIDED);

    private final Contacts contacts;
    private final ReferralService referrals;
    private final ReferralPlacements placements;
    private final BedBaseService bedBase;
    private final DirectoryService directory;
    private final HubContacts hubContacts;
    private final AuditService audit;
    private final Checks checks;
    private final Clock clock;

    HandoverService(Contacts contacts, ReferralService referrals, ReferralPlacements placements,
            BedBaseService bedBase, DirectoryService directory, HubContacts hubContacts,
            AuditService audit, Checks checks, Clock clock) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.placements = placements;
        this.bedBase = bedBase;
        this.directory = directory;
        this.hubContacts = hubContacts;
        this.audit = audit;
        this.checks = checks;
        this.clock = clock;
    }

    /** The contact details recorded for the referral, empty when none are. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public ContactCommand contact(String referralId) {
        referrals.get(referralId);
        return contacts.findById(referralId).map(ContactDetails::asCommand)
                .orElse(ContactCommand.NONE);
    }

    /** Replaces the contact details; refused once the referral is closed or cancelled. */
    @Transactional
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public ContactCommand recordContact(String referralId, ContactCommand command) {
        Referral referral = referrals.get(referralId);
        checks.valid(command);
        if (command.nextOfKin().consentUnnamed()) {
            throw InvalidInputException.of("nextOfKin.name", "name the person the hub may keep informed");
        }
        if (!referral.status().isOpen()) {
            throw new ConflictException("The referral is " + referral.status().label().toLowerCase()
                    + ": its contact details can no longer change");
        }
        ContactDetails details = contacts.findById(referralId).orElseGet(() -> new ContactDetails(referralId));
        List<String> changed = details.replaceWith(command, CurrentUser.name(), clock.instant());
        contacts.saveAndFlush(details);
        if (!changed.isEmpty()) {
            audit.changed("UPDATE", "CONTACT", subject(referral), "Changed " + String.join(", ", changed));
        }
        return details.asCommand();
    }

    /** The person's handover, for the provider delivering their care (403 for any other) or a coordinator. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PROVIDER', 'COORDINATOR')")
    public Handover handover(String referralId) {
        Referral referral = placements.referral(referralId);
        Long provider = callersProvider();
        if (provider != null && !deliveredBy(referral, provider)) {
            throw new AccessDeniedException("Only the provider delivering this person's care sees their handover");
        }
        audit.viewed("HANDOVER", subject(referral));
        return HandoverText.handover(referral, contact(referral), hubContacts.contact(), placement(referral));
    }

    /** The people whose care the signed-in provider delivers now, soonest start first; each is logged as seen. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PROVIDER')")
    public List<Handover> myHandovers() {
        String provider = directory.provider(callersProvider()).code();
        Map<String, String> heldBeds = new HashMap<>();
        bedBase.beds(null, null, null).stream().filter(bed -> bed.referralId() != null)
                .forEach(bed -> heldBeds.put(bed.bedCode(), bed.settingName()));
        List<Handover> mine = new ArrayList<>();
        for (Referral referral : placements.placedWith(provider, heldBeds.keySet(), PLACED)) {
            Allocation held = referral.allocation();
            String placement = held.bedCode() != null ? "Bed " + held.bedCode() + " at " + heldBeds.get(held.bedCode())
                    : "Home care from " + directory.provider(provider).name();
            mine.add(HandoverText.handover(referral, contact(referral), hubContacts.contact(), placement));
        }
        audit.viewed("HANDOVER", mine.stream().map(h -> new AuditSubject(h.referralId(), h.nhsNumber())).toList());
        mine.sort(Comparator.comparing(Handover::startDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return mine;
    }

    /** Whether the provider delivers the person's placement now: its accepted package, or a bed in its setting. */
    private boolean deliveredBy(Referral referral, Long providerId) {
        Allocation held = referral.allocation();
        if (!PLACED.contains(referral.status()) || held == null) {
            return false;
        }
        if (held.providerCode() != null) {
            return directory.provider(held.providerCode()).id().equals(providerId);
        }
        return held.bedCode() != null && bedBase.beds(null, null, null).stream()
                .anyMatch(bed -> held.bedCode().equals(bed.bedCode()) && referral.id().equals(bed.referralId()));
    }

    private String placement(Referral referral) {
        Allocation held = referral.allocation();
        if (held == null) {
            return null;
        }
        if (held.providerCode() != null) {
            return "Home care from " + directory.provider(held.providerCode()).name();
        }
        return "Bed " + held.bedCode() + " at " + bedBase.bed(held.bedCode()).settingName();
    }

    private ContactCommand contact(Referral referral) {
        return contacts.findById(referral.id()).map(ContactDetails::asCommand).orElse(ContactCommand.NONE);
    }

    private static Long callersProvider() {
        return CurrentUser.get().filter(u -> u.role() == Role.PROVIDER).map(HubUser::providerId).orElse(null);
    }

    private static AuditSubject subject(Referral referral) {
        return new AuditSubject(referral.id(), referral.patient().nhsNumber());
    }
}
