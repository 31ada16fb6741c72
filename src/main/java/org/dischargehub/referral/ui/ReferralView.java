package org.dischargehub.referral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.funding.FundingCommands.Decision;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.funding.FundingService;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.homecare.ui.HomeCareOfferDialog;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.DelayReasonService;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralAction;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands.BedAllocation;
import org.dischargehub.referral.ReferralCommands.Cancel;
import org.dischargehub.referral.ReferralCommands.Close;
import org.dischargehub.referral.ReferralCommands.DelayReasonChange;
import org.dischargehub.referral.ReferralCommands.Discharge;
import org.dischargehub.referral.ReferralCommands.HomeCareAllocation;
import org.dischargehub.referral.ReferralEvent;
import org.dischargehub.referral.ReferralRecord;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.HubChange.EscalationChanged;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.dischargehub.shared.NotFoundException;
import org.dischargehub.ui.ActionDialog;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.LiveUpdates;
import org.dischargehub.ui.NarrowScreen;

/** One person's whole episode on one screen, with the actions their state and the user's role allow. */
@Route("referrals/:id")
@PageTitle("Referral | Discharge Hub")
@RolesAllowed({"MDT", "COORDINATOR", "MANAGER"})
public class ReferralView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Span status = new Span();
    final Span urgent = new Span("Urgent");
    final Button triage = new Button("Triage");
    final Button allocateBed = new Button("Allocate a bed");
    final Button arrangeHomeCare = new Button("Arrange home care");
    final Button discharge = new Button("Discharge");
    final Button decideFunding = new Button("Record funding decision");
    final Button close = new Button("Close episode");
    final Button safeAndWellCall = new Button("Record safe-and-well call");
    final Button cancel = new Button("Cancel referral");
    final DescriptionList person = new DescriptionList();
    final DescriptionList episode = new DescriptionList();
    final Select<String> delayReason = new Select<>();
    final UnorderedList processPosition = new UnorderedList();
    final UnorderedList openEscalations = new UnorderedList();
    final Grid<ReferralEvent> timeline = new Grid<>(ReferralEvent.class, false);
    final Div content = new Div();
    final Paragraph notFound = new Paragraph();
    final RouterLink toBoard = new RouterLink("Go to the hub board", HubBoardView.class);
    final Div missing = new Div(notFound, toBoard);

    private final ReferralService referrals;
    private final ReferralCapacityService capacity;
    private final FundingService funding;
    private final EscalationService escalations;
    private final HomeCareService homeCare;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, String> delayReasonLabels;
    /** Read by the live-update test of a change, on the thread that heard of it. */
    private volatile String id = "";
    private Referral referral;

    public ReferralView(ReferralService referrals, ReferralCapacityService capacity, FundingService funding,
            DelayReasonService delayReasons, EscalationService escalations, HomeCareService homeCare, Clock clock, LiveUpdates liveUpdates) {
        this.referrals = referrals;
        this.capacity = capacity;
        this.funding = funding;
        this.homeCare = homeCare;
        this.escalations = escalations;
        this.clock = clock;
        this.zone = clock.getZone();
        this.delayReasonLabels = delayReasons.labels();
        configureActions();
        configureDelayReason();
        configureTimeline();
        status.setId("referral-status");
        urgent.addClassNames("status-badge", "urgent");
        person.addClassName("facts");
        episode.addClassName("facts");
        processPosition.setId("process-position");

        HorizontalLayout heading = new HorizontalLayout(title, status, urgent);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setWrap(true);
        FlexLayout actions = new FlexLayout(triage, allocateBed, arrangeHomeCare, discharge, decideFunding, close,
                safeAndWellCall, cancel);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassName("actions");
        Div sections = new Div(section("Person", person), section("Episode", episode),
                section("Where the process stands", processPosition), section("Delay", delayReason),
                section("Open escalations", openEscalations));
        sections.addClassName("referral-sections");
        content.add(heading, actions, sections, new H3("Timeline"), timeline);
        content.setWidthFull();
        notFound.setId("referral-not-found");
        add(content, missing);
        liveUpdates.subscribe(this, this::concernsThisReferral, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").orElse("");
        refresh();
    }

    private boolean concernsThisReferral(Object change) {
        if (change instanceof ReferralChanged changed) {
            return changed.referralId().equals(id);
        }
        if (change instanceof EscalationChanged raised) {
            return id.equals(raised.referralId());
        }
        return true;
    }

    private void configureActions() {
        triage.setId("action-triage");
        triage.addClickListener(e -> openTriage());
        allocateBed.setId("action-allocate-bed");
        allocateBed.addClickListener(e -> openBedAllocation());
        arrangeHomeCare.setId("action-home-care");
        arrangeHomeCare.addClickListener(e -> openHomeCare());
        discharge.setId("action-discharge");
        discharge.addClickListener(e -> openDischarge());
        decideFunding.setId("action-funding");
        decideFunding.addClickListener(e -> openFundingDecision());
        close.setId("action-close");
        close.addClickListener(e -> openClose());
        safeAndWellCall.setId("action-safe-and-well");
        safeAndWellCall.addClickListener(e -> openSafeAndWellCall());
        cancel.setId("action-cancel");
        cancel.addClickListener(e -> openCancel());
        for (Button button : List.of(triage, allocateBed, arrangeHomeCare, discharge, decideFunding, close,
                safeAndWellCall)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    }

    private void configureDelayReason() {
        delayReason.setId("delay-reason");
        delayReason.setLabel("Delay reason");
        delayReason.setItems(delayReasonLabels.keySet());
        delayReason.setItemLabelGenerator(code -> code == null ? "None recorded"
                : delayReasonLabels.getOrDefault(code, code));
        delayReason.setEmptySelectionAllowed(true);
        delayReason.setEmptySelectionCaption("None recorded");
        delayReason.setManualValidation(true);
        delayReason.setWidthFull();
        delayReason.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changeDelayReason(e.getValue());
            }
        });
    }

    private void configureTimeline() {
        timeline.setId("timeline");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        timeline.addColumn(e -> ReferralFormat.dateTime(e.at(), zone)).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<ReferralEvent> who = timeline.addColumn(ReferralEvent::actor).setHeader("Who").setAutoWidth(true)
                .setFlexGrow(0);
        timeline.addColumn(e -> ReferralFormat.action(e.action())).setHeader("What").setAutoWidth(true)
                .setFlexGrow(0);
        timeline.addColumn(ReferralEvent::detail).setHeader("Detail").setFlexGrow(1);
        timeline.setAllRowsVisible(true);
        timeline.setEmptyStateText("Nothing has happened yet");
        NarrowScreen.follow(this, narrow -> who.setVisible(!narrow));
    }

    private static Div section(String heading, Component... parts) {
        Div section = new Div(new H3(heading));
        section.add(parts);
        section.addClassName("referral-section");
        return section;
    }

    private void refresh() {
        ReferralRecord record;
        try {
            record = referrals.record(id);
            referral = record.referral();
        } catch (NotFoundException e) {
            record = null;
            referral = null;
        }
        content.setVisible(referral != null);
        missing.setVisible(referral == null);
        if (referral == null) {
            notFound.setText("There is no referral with the reference \"" + id + "\". It may have been mistyped, "
                    + "or the link is out of date.");
            return;
        }
        List<String> position = referrals.processPosition(id);
        showHeading();
        showPerson(record.localityCode());
        showEpisode(record.fundedPeriodEnd());
        showPosition(position);
        showActions();
        openEscalations.removeAll();
        escalations.forReferral(id).stream().filter(Escalation::open).forEach(e -> openEscalations.add(
                new ListItem(e.kind().label() + " (raised " + ReferralFormat.dateTime(e.raisedAt(), zone) + "): "
                        + e.detail())));
        if (openEscalations.getChildren().findAny().isEmpty()) {
            openEscalations.add(new ListItem("None"));
        }
        timeline.setItems(record.history());
    }

    private void showHeading() {
        title.setText(referral.fullName() + " · " + referral.nhsNumber().formatted());
        status.setText(referral.status().label());
        status.setClassName("status-badge status-" + referral.status().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        urgent.setVisible(referral.urgent());
    }

    private void showPerson(String localityCode) {
        person.removeAll();
        fact(person, "NHS number", referral.nhsNumber().formatted());
        fact(person, "Date of birth", ReferralFormat.date(referral.dateOfBirth()));
        fact(person, "Locality", localityCode);
        fact(person, "Hospital / ward", referral.hospital() + " · " + referral.ward());
        fact(person, "Ready to leave", ReferralFormat.dateTime(referral.readyToLeaveAt(), zone));
        fact(person, "Infection status", referral.infectionPositive() ? "Positive" : "Not positive");
        fact(person, "Referred", ReferralFormat.dateTime(referral.createdAt(), zone) + " by " + referral.createdBy());
        if (referral.notes() != null && !referral.notes().isBlank()) {
            fact(person, "Notes", referral.notes());
        }
    }

    private void showEpisode(LocalDate fundedPeriodEnd) {
        episode.removeAll();
        fact(episode, "Status", referral.status().label());
        fact(episode, "Pathway", ReferralFormat.pathway(referral.pathway()));
        if (referral.pathway() != null) {
            fact(episode, "Needs", ReferralFormat.requirement(referral.requirement()));
            fact(episode, "Triage rationale", referral.triageRationale());
        }
        if (referral.allocation() != null) {
            fact(episode, "Held", referral.allocation().describe());
        }
        if (referral.dischargedOn() != null) {
            fact(episode, "Discharged", ReferralFormat.date(referral.dischargedOn()));
            if (referral.pathway() != null && referral.pathway().funded()) {
                fact(episode, "Funded period", ReferralFormat.date(referral.dischargedOn()) + " to "
                        + ReferralFormat.date(fundedPeriodEnd));
            }
        }
        FundingDecision decision = referral.fundingDecision();
        if (decision != null) {
            fact(episode, "Funding decision", decision.outcome().label() + " from "
                    + ReferralFormat.date(decision.decidedOn()) + " (" + decision.decidedBy() + "): "
                    + decision.rationale());
        }
        if (referral.closedOn() != null) {
            fact(episode, "Closed", ReferralFormat.date(referral.closedOn()) + ": "
                    + closeLabel(referral.closeOutcome()));
        }
        if (referral.cancelReason() != null) {
            fact(episode, "Cancelled because", referral.cancelReason());
        }
    }

    private void showPosition(List<String> position) {
        processPosition.removeAll();
        if (position.isEmpty()) {
            processPosition.add(new ListItem(referral.status().isOpen() ? "Nothing is waiting in the process"
                    : "The process has ended"));
        } else {
            position.forEach(step -> processPosition.add(new ListItem("Waiting at: " + step)));
        }
        boolean waitingInHospital = referral.refusal(ReferralAction.CHANGE_DELAY_REASON).isEmpty();
        delayReason.setValue(referral.delayReason());
        delayReason.setReadOnly(!waitingInHospital);
        delayReason.setHelperText(waitingInHospital ? "Why the person is still in hospital past the ready date"
                : "Kept only while the person waits in hospital");
    }

    /** A button shows only for what the referral's lifecycle lets this user do now. */
    private void showActions() {
        Set<ReferralAction> allowed = CurrentUser.get().map(user -> referral.allowedActions(user.role()))
                .orElse(Set.of());
        Map.of(ReferralAction.TRIAGE, triage, ReferralAction.ALLOCATE_BED, allocateBed,
                ReferralAction.OFFER_HOME_CARE, arrangeHomeCare, ReferralAction.DISCHARGE, discharge,
                ReferralAction.DECIDE_FUNDING, decideFunding, ReferralAction.CLOSE, close,
                ReferralAction.CANCEL, cancel, ReferralAction.RECORD_SAFE_AND_WELL_CALL, safeAndWellCall)
                .forEach((action, button) -> button.setVisible(allowed.contains(action)));
        safeAndWellCall.setVisible(safeAndWellCall.isVisible() && referrals.safeAndWellCallDue(id));
    }

    private static void fact(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value == null ? "" : value));
    }

    private static String closeLabel(CloseOutcome outcome) {
        return outcome == null ? "" : switch (outcome) {
            case HOME -> "home";
            case READMITTED -> "readmitted";
            case LONG_TERM_CARE -> "long-term care";
            case DIED -> "died";
        };
    }

    private void openTriage() {
        new TriageDialog(referral.fullName(), command -> {
            referrals.triage(id, command);
            Forms.success("Triaged to pathway " + command.pathway());
            refresh();
        }).open();
    }

    private void openBedAllocation() {
        Forms.submit(Map.of(), () -> new BedAllocationDialog(referral.fullName(), capacity.bedOptions(id),
                this::reserveBed).open());
    }

    private void reserveBed(String bedCode) {
        capacity.allocateBed(id, new BedAllocation(bedCode));
        Forms.success("Bed " + bedCode + " reserved for " + referral.fullName());
        refresh();
    }

    private void openHomeCare() {
        var need = referral.requirement();
        var dialog = new HomeCareOfferDialog(need.startDate(), need.hoursPerWeek(),
                day -> homeCare.options(id, referral.localityId(), day, need.hoursPerWeek()), homeCare.offersFor(id));
        dialog.addOfferListener(e -> {
            if (Forms.submit(Map.of("startDate", dialog.startDate), () -> capacity.offerHomeCare(id,
                    new HomeCareAllocation(e.providerCode(), e.startDate())))) {
                dialog.close();
                Forms.success("Offered to " + e.providerCode());
                refresh();
            }
        });
        dialog.open();
    }

    private void openDischarge() {
        DatePicker dischargedOn = datePicker("Discharged on", LocalDate.now(clock));
        new ActionDialog("Discharge " + referral.fullName(), "Discharge")
                .field("dischargedOn", dischargedOn)
                .onConfirm(() -> referrals.discharge(id, new Discharge(dischargedOn.getValue())))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private void openFundingDecision() {
        Select<FundingOutcome> outcome = new Select<>();
        outcome.setLabel("Outcome");
        outcome.setItems(FundingOutcome.values());
        outcome.setItemLabelGenerator(FundingOutcome::label);
        DatePicker decidedOn = datePicker("Decided on", LocalDate.now(clock));
        TextArea rationale = textArea("Rationale");
        new ActionDialog("Funding decision for " + referral.fullName(), "Record decision")
                .field("outcome", outcome)
                .field("decidedOn", decidedOn)
                .field("rationale", rationale)
                .onConfirm(() -> funding.decide(id, new Decision(outcome.getValue(), decidedOn.getValue(),
                        rationale.getValue())))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private void openClose() {
        Select<CloseOutcome> outcome = new Select<>();
        outcome.setLabel("Outcome");
        outcome.setItems(CloseOutcome.values());
        outcome.setItemLabelGenerator(ReferralView::closeLabel);
        DatePicker closedOn = datePicker("Closed on", LocalDate.now(clock));
        new ActionDialog("Close the episode of " + referral.fullName(), "Close episode")
                .field("closedOn", closedOn)
                .field("outcome", outcome)
                .onConfirm(() -> referrals.close(id, new Close(closedOn.getValue(), outcome.getValue())))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private void openCancel() {
        TextArea reason = textArea("Reason");
        new ActionDialog("Cancel the referral of " + referral.fullName(), "Cancel referral")
                .explain("Whatever is held for this person is released.")
                .field("reason", reason)
                .onConfirm(() -> referrals.cancel(id, new Cancel(reason.getValue())))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private void openSafeAndWellCall() {
        TextArea outcome = textArea("How the call went");
        new ActionDialog("Safe-and-well call to " + referral.fullName(), "Record call")
                .field("outcome", outcome)
                .onConfirm(() -> referrals.recordSafeAndWellCall(id, outcome.getValue()))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private void changeDelayReason(String code) {
        if (Forms.submit(Map.<String, HasValidation>of("code", delayReason),
                () -> referrals.changeDelayReason(id, new DelayReasonChange(code)))) {
            Forms.success(code == null ? "Delay reason cleared" : "Delay reason recorded");
            refresh();
        }
    }

    private void refreshAfter() {
        Forms.success("Saved");
        refresh();
    }

    private DatePicker datePicker(String label, LocalDate value) {
        DatePicker picker = new DatePicker(label, value);
        picker.setLocale(Locale.UK);
        picker.setManualValidation(true);
        return picker;
    }

    private static TextArea textArea(String label) {
        TextArea area = new TextArea(label);
        area.setMaxLength(4000);
        area.setManualValidation(true);
        return area;
    }
}
