package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedType;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.security.Role;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.Pathway;
import org.junit.jupiter.api.Test;

/**
 * The referral's lifecycle table, walked in full: every state a referral can be in, every action, every role. The
 * table is rendered into {@code docs/referral-lifecycle.md}, so the documentation is the table the code runs.
 */
class ReferralLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Path DOCUMENT = Path.of("docs/referral-lifecycle.md");

    /** One referral in each state it can reach, built through its own transitions as the service builds it. */
    static Map<String, Supplier<Referral>> states() {
        Map<String, Supplier<Referral>> states = new LinkedHashMap<>();
        states.put("Awaiting triage", ReferralLifecycleTest::received);
        states.put("Ready to discharge · P0", () -> triaged(Pathway.ZERO));
        states.put("Awaiting capacity · P1", () -> triaged(Pathway.ONE));
        states.put("Offered · P1", () -> offered(triaged(Pathway.ONE)));
        states.put("Ready to discharge · P1", () -> withPackage(offered(triaged(Pathway.ONE))));
        states.put("Awaiting capacity · P2", () -> triaged(Pathway.TWO));
        states.put("Awaiting capacity · P3", () -> triaged(Pathway.THREE));
        states.put("Ready to discharge · P2", () -> withBed(triaged(Pathway.TWO)));
        states.put("Awaiting capacity · P2, re-triage asked", () -> retriageAsked(triaged(Pathway.TWO)));
        states.put("In D2A · P1", () -> discharged(withPackage(offered(triaged(Pathway.ONE)))));
        states.put("In D2A · P2", () -> discharged(withBed(triaged(Pathway.TWO))));
        states.put("Funding decided · P2", () -> decided(discharged(withBed(triaged(Pathway.TWO)))));
        states.put("Closed · P0", () -> discharged(triaged(Pathway.ZERO)));
        states.put("Closed · P2", () -> closed(discharged(withBed(triaged(Pathway.TWO)))));
        states.put("Cancelled", () -> cancelled(triaged(Pathway.TWO)));
        return states;
    }

    /** Each action as the transition that carries it out. */
    static Map<ReferralAction, Consumer<Referral>> transitions() {
        Map<ReferralAction, Consumer<Referral>> transitions = new EnumMap<>(ReferralAction.class);
        transitions.put(ReferralAction.TRIAGE, r -> r.triage(Pathway.TWO, bedNeed(), "Needs rehabilitation", NOW));
        transitions.put(ReferralAction.ALLOCATE_BED, r -> r.capacity().bedReserved("B-2", NOW));
        transitions.put(ReferralAction.MOVE_BED, r -> r.capacity().bedMoved("B-3", NOW));
        transitions.put(ReferralAction.OFFER_HOME_CARE,
                r -> r.capacity().homeCareOffered("CARE", TODAY, NOW.plusSeconds(3600), NOW));
        transitions.put(ReferralAction.ACCEPT_HOME_CARE, r -> r.capacity().homeCareAccepted("CARE", TODAY, NOW));
        transitions.put(ReferralAction.DECLINE_HOME_CARE,
                r -> r.capacity().homeCareDeclined("CARE", "No carers", false, NOW));
        transitions.put(ReferralAction.LET_HOME_CARE_OFFER_LAPSE,
                r -> r.capacity().homeCareOfferLapsed("CARE", NOW, false, NOW));
        transitions.put(ReferralAction.HAND_BACK_HOME_CARE,
                r -> r.capacity().homeCareHandedBack("CARE", "Staff off sick", NOW));
        transitions.put(ReferralAction.DISCHARGE, r -> r.discharge(TODAY, NOW));
        transitions.put(ReferralAction.DECIDE_FUNDING, r -> r.decideFunding(decision(FundingOutcome.COUNCIL), NOW));
        transitions.put(ReferralAction.AMEND_FUNDING_DECISION, r -> r.amendFundingDecision(
                decision(FundingOutcome.SELF_FUNDED), "Means test came back", NOW));
        transitions.put(ReferralAction.RECORD_ASSESSMENT, r -> r.recordAssessment(AssessmentStatus.BOOKED,
                "Booked for Tuesday", NOW));
        transitions.put(ReferralAction.CLOSE, r -> r.close(TODAY, CloseOutcome.HOME, NOW));
        transitions.put(ReferralAction.CANCEL, r -> r.cancel("Family take the person home", NOW));
        transitions.put(ReferralAction.CHANGE_DELAY_REASON, r -> r.delayedBecause("HOUSING", "Housing", NOW));
        transitions.put(ReferralAction.RECORD_SAFE_AND_WELL_CALL, r -> r.safeAndWellCallMade("All well", NOW));
        transitions.put(ReferralAction.RESET_READY_DATE, r -> r.readyDateReset(NOW.plusSeconds(86400), "Unwell", NOW));
        transitions.put(ReferralAction.ASK_FOR_RETRIAGE,
                r -> r.capacity().retriageAsked("No rehab bed takes positives", NOW));
        transitions.put(ReferralAction.DECLINE_RESERVATION,
                r -> r.capacity().reservationDeclined("Cannot meet needs", NOW));
        return transitions;
    }

    @Test
    void every_action_has_a_transition_that_carries_it_out() {
        assertThat(transitions().keySet()).containsExactlyInAnyOrder(ReferralAction.values());
    }

    @Test
    void every_transition_does_exactly_what_the_table_allows_and_a_refusal_changes_nothing() {
        states().forEach((state, build) -> transitions().forEach((action, transition) -> {
            Referral referral = build.get();
            referral.drainEvents();
            var refusal = referral.refusal(action);
            ReferralStatus before = referral.status();
            Allocation heldBefore = referral.allocation();
            Throwable thrown = catchThrowable(() -> transition.accept(referral));
            if (refusal.isPresent()) {
                boolean noPackage = heldBefore == null || heldBefore.providerCode() == null;
                assertThat(thrown).as(state + " · " + action).isInstanceOf(ConflictException.class)
                        .hasMessage(action == ReferralAction.HAND_BACK_HOME_CARE && noPackage
                                ? "This person has no package from CARE to hand back" : refusal.get());
                assertThat(referral.status()).as(state + " · " + action).isEqualTo(before);
                assertThat(referral.allocation()).as(state + " · " + action).isEqualTo(heldBefore);
                assertThat(referral.drainEvents()).as(state + " · " + action).isEmpty();
            } else {
                assertThat(thrown).as(state + " · " + action).isNull();
                assertThat(referral.drainEvents()).as(state + " · " + action).isNotEmpty();
            }
        }));
    }

    @Test
    void a_role_sees_only_the_actions_it_may_take_and_a_manager_may_do_what_a_coordinator_may() {
        states().forEach((state, build) -> {
            Referral referral = build.get();
            for (Role role : Role.values()) {
                Set<ReferralAction> allowed = referral.allowedActions(role);
                assertThat(allowed).as(state + " · " + role).allSatisfy(action -> {
                    assertThat(referral.refusal(action)).isEmpty();
                    assertThat(action.mayBeTakenBy(role)).isTrue();
                });
            }
            assertThat(referral.allowedActions(Role.MANAGER)).isEqualTo(referral.allowedActions(Role.COORDINATOR));
            assertThat(referral.allowedActions(Role.PROVIDER)).as(state).isEmpty();
        });
    }

    @Test
    void what_the_providers_and_the_process_report_is_no_role_s_button() {
        for (ReferralAction action : Set.of(ReferralAction.ACCEPT_HOME_CARE, ReferralAction.DECLINE_HOME_CARE,
                ReferralAction.LET_HOME_CARE_OFFER_LAPSE, ReferralAction.HAND_BACK_HOME_CARE)) {
            assertThat(action.roles()).isEmpty();
        }
    }

    @Test
    void a_package_can_be_handed_back_only_by_the_provider_that_holds_it() {
        Referral referral = withPackage(offered(triaged(Pathway.ONE)));
        assertThatThrownBy(() -> referral.capacity().homeCareHandedBack("OTHER", "Not ours", NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This person has no package from OTHER to hand back");
    }

    @Test
    void the_documented_lifecycle_is_the_table_the_code_runs() throws IOException {
        String rendered = render();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/referral-lifecycle.md"), rendered);
        assertThat(Files.readString(DOCUMENT))
                .as("docs/referral-lifecycle.md is out of date: copy target/referral-lifecycle.md over it")
                .isEqualTo(rendered);
    }

    private static String render() {
        StringBuilder doc = new StringBuilder("""
                # The referral's lifecycle

                What may happen to a referral in each state, as `referral/Lifecycle` decides it. The service's guards,
                the buttons on a referral's page and the API's 409 answers all read that one table. This page is
                written by `ReferralLifecycleTest` from the code: when the table changes, the test fails until this
                page is replaced with the `target/referral-lifecycle.md` it writes.

                ## Allowed (✓) in each state

                """);
        ReferralAction[] actions = ReferralAction.values();
        doc.append("| State · pathway | ").append(Arrays.stream(actions).map(ReferralLifecycleTest::title)
                .collect(Collectors.joining(" | "))).append(" |\n");
        doc.append("|---|").append("---|".repeat(actions.length)).append('\n');
        Map<ReferralAction, Set<String>> reasons = new EnumMap<>(ReferralAction.class);
        states().forEach((state, build) -> {
            Referral referral = build.get();
            doc.append("| ").append(state).append(" | ");
            doc.append(Arrays.stream(actions).map(action -> {
                var refusal = referral.refusal(action);
                refusal.ifPresent(reason -> reasons.computeIfAbsent(action, a -> new LinkedHashSet<>())
                        .add(reason.replace("is " + referral.status().label(), "is <state>")));
                return refusal.isEmpty() ? "✓" : "·";
            }).collect(Collectors.joining(" | "))).append(" |\n");
        });
        doc.append("\n## Who may act, and what they are told when the state does not allow it\n\n");
        for (ReferralAction action : actions) {
            doc.append("- **").append(title(action)).append("** (")
                    .append(action.roles().isEmpty() ? "reported by a provider or the process"
                            : action.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", ")))
                    .append(")");
            reasons.getOrDefault(action, Set.of()).forEach(reason -> doc.append("\n  - ").append(reason));
            doc.append('\n');
        }
        return doc.toString();
    }

    private static String title(ReferralAction action) {
        String words = action.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Referral received() {
        return Referral.receive(new ReferralCommands.NewReferral("9434765919", "Ada", "Lovelace",
                LocalDate.of(1940, 5, 1), "NORTH", "General", "Ward 7", NOW, false, null), 1L, null, NOW, "mdt");
    }

    private static Referral triaged(Pathway pathway) {
        Referral referral = received();
        Requirement need = pathway.needsBed() ? bedNeed()
                : pathway.needsHomeCare() ? new Requirement(null, new BigDecimal("10"), TODAY)
                : new Requirement(null, null, null);
        referral.triage(pathway, need, "MDT decision", NOW);
        return referral;
    }

    private static Requirement bedNeed() {
        return new Requirement(BedType.REHAB, null, null);
    }

    private static Referral offered(Referral referral) {
        referral.capacity().homeCareOffered("CARE", TODAY, NOW.plusSeconds(3600), NOW);
        return referral;
    }

    private static Referral withPackage(Referral referral) {
        referral.capacity().homeCareAccepted("CARE", TODAY, NOW);
        return referral;
    }

    private static Referral withBed(Referral referral) {
        referral.capacity().bedReserved("B-1", NOW);
        return referral;
    }

    private static Referral retriageAsked(Referral referral) {
        referral.capacity().retriageAsked("No rehab bed fits", NOW);
        return referral;
    }

    private static Referral discharged(Referral referral) {
        referral.discharge(TODAY, NOW);
        return referral;
    }

    private static Referral decided(Referral referral) {
        referral.decideFunding(decision(FundingOutcome.CHC), NOW);
        return referral;
    }

    private static FundingDecision decision(FundingOutcome outcome) {
        return new FundingDecision(outcome, TODAY, "Decided by the panel", "coordinator", false);
    }

    private static Referral closed(Referral referral) {
        referral.close(TODAY, CloseOutcome.HOME, NOW);
        return referral;
    }

    private static Referral cancelled(Referral referral) {
        referral.cancel("Family take the person home", NOW);
        return referral;
    }
}
