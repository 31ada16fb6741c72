package org.dischargehub.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.dischargehub.beds.BedType;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.funding.FundingCommands.Decision;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.funding.FundingService;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.homecare.OfferStatus;
import org.dischargehub.referral.ReferralCommands.BedAllocation;
import org.dischargehub.referral.ReferralCommands.Discharge;
import org.dischargehub.referral.ReferralCommands.HomeCareAllocation;
import org.dischargehub.referral.ReferralCommands.NewReferral;
import org.dischargehub.referral.ReferralCommands.Triage;
import org.dischargehub.security.Role;
import org.dischargehub.support.As;
import org.dischargehub.support.Hub;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.springframework.context.ApplicationContext;

/**
 * People at each step of a referral, in the fixture hub's county, built through the services as the user whose step
 * it is would take it (never by SQL): each step is the step before it plus one call.
 */
public final class ReferralFactory {

    public final Hub hub;
    private final ReferralService referrals;
    private final ReferralCapacityService capacity;
    private final FundingService funding;
    private final HomeCareService homeCare;
    private final DirectoryService directory;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ApplicationContext context;
    private final Instant readyToLeaveAt;

    /** People on the hub {@code context} runs, in the {@code hub} fixture's county, ready to leave two hours ago. */
    public ReferralFactory(ApplicationContext context, Hub hub) {
        this(context, hub, TestClock.now().minus(2, ChronoUnit.HOURS));
    }

    private ReferralFactory(ApplicationContext context, Hub hub, Instant readyToLeaveAt) {
        this.hub = hub;
        this.referrals = context.getBean(ReferralService.class);
        this.capacity = context.getBean(ReferralCapacityService.class);
        this.funding = context.getBean(FundingService.class);
        this.homeCare = context.getBean(HomeCareService.class);
        this.directory = context.getBean(DirectoryService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
        this.context = context;
        this.readyToLeaveAt = readyToLeaveAt;
    }

    /** The same factory for people ready to leave at another time (the process's timers count from it). */
    public ReferralFactory readyToLeaveAt(Instant readyToLeaveAt) {
        return new ReferralFactory(context, hub, readyToLeaveAt);
    }

    /** Who was made: the referral's id, the person's NHS number and, once home care is offered, the offer's id. */
    public record Person(String id, String nhsNumber, String offer) {

        Person withOffer(String offer) {
            return new Person(id, nhsNumber, offer);
        }
    }

    /** Waiting for the MDT. */
    public Person awaitingTriage() {
        NewReferral command = new NewReferral(People.nhsNumber(), "Edith", "Marsh", LocalDate.of(1938, 4, 12),
                hub.locality(), "Westshire General Hospital", "Elm Ward", readyToLeaveAt, false,
                "Lives alone; daughter nearby");
        Referral referral = As.mdt(() -> referrals.receive(command));
        return new Person(referral.id(), referral.patient().nhsNumber(), null);
    }

    /** Triaged by the MDT: pathway 0 home, 1 home care from today (7 hours a week), 2 a rehab bed, 3 a nursing bed. */
    public Person triagedToPathway(int pathway) {
        return switch (pathway) {
            case 0 -> triaged(new Triage(0, null, null, null, "Home with family"));
            case 1 -> triaged(new Triage(1, null, new BigDecimal(7), TestClock.today(), "Reablement at home"));
            case 2 -> triaged(new Triage(2, BedType.REHAB, null, null, "Rehab after a fall"));
            case 3 -> triaged(new Triage(3, BedType.NURSING, null, null, "Nursing needs"));
            default -> throw new IllegalArgumentException("pathways run from 0 to 3: " + pathway);
        };
    }

    /** Pathway 2 in a rehab bed, waiting for the coordinator to find one. */
    public Person awaitingBed() {
        return triagedToPathway(2);
    }

    /** Pathway 2 in a bed of the type, waiting for the coordinator to find one. */
    public Person awaitingBed(BedType type) {
        return triaged(new Triage(2, type, null, null, "Needs a bed"));
    }

    private Person triaged(Triage triage) {
        Person person = awaitingTriage();
        As.mdt(() -> referrals.triage(person.id(), triage));
        return person;
    }

    /** In a rehab bed of its own, reserved by the coordinator. */
    public Person holdingABed() {
        Person person = awaitingBed();
        String bed = hub.bed("REHAB");
        As.coordinator(() -> capacity.allocateBed(person.id(), new BedAllocation(bed)));
        return person;
    }

    /** Left hospital today for the bed: in its funded (discharge to assess) period. */
    public Person discharged() {
        Person person = holdingABed();
        As.coordinator(() -> referrals.discharge(person.id(), new Discharge(TestClock.today())));
        return person;
    }

    /** Discharged, and the council's funding decided today. */
    public Person fundingDecided() {
        Person person = discharged();
        decideFunding(person, FundingOutcome.COUNCIL);
        return person;
    }

    public void decideFunding(Person person, FundingOutcome outcome) {
        As.coordinator(() -> funding.decide(person.id(),
                new Decision(outcome, TestClock.today(), "Care Act assessment")));
    }

    public Person awaitingHomeCare() {
        return triagedToPathway(1);
    }

    /** Offered to the hub's home-care provider from today, not yet answered. */
    public Person offered() {
        Person person = awaitingHomeCare();
        As.coordinator(() -> capacity.offerHomeCare(person.id(),
                new HomeCareAllocation(hub.homeCare(), TestClock.today())));
        String offer = asHomeCareProvider(() -> homeCare.offers(OfferStatus.OPEN)).stream()
                .filter(row -> row.referralId().equals(person.id())).findFirst().orElseThrow().id();
        return person.withOffer(offer);
    }

    /** The package accepted by the provider. */
    public Person packageAccepted() {
        Person person = offered();
        asHomeCareProvider(() -> homeCare.accept(person.offer()));
        return person;
    }

    /** Waiting for triage, its triage timer out of retries (as after three failed tries): an open incident. */
    public Person withAFailedStep() {
        Person person = awaitingTriage();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(person.id()).singleResult()
                .getId();
        management.setJobRetries(management.createJobQuery().processInstanceId(instance).list().get(0).getId(), 0);
        return person;
    }

    private <T> T asHomeCareProvider(Supplier<T> work) {
        Long provider = directory.provider(hub.homeCare()).id();
        return As.user(hub.homeCareUsername(), Role.PROVIDER, provider, work);
    }
}
