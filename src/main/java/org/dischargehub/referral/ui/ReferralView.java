package org.dischargehub.referral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.funding.FundingService;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.referral.DelayReasonService;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralAction;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands.DelayReasonChange;
import org.dischargehub.referral.ReferralCommands.Discharge;
import org.dischargehub.referral.ReferralEvent;
import org.dischargehub.referral.ReferralRecord;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.referral.Urgency;
import org.dischargehub.shared.HubChange.EscalationChanged;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.NotFoundException;
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
    final DescriptionList person = new DescriptionList();
    final DescriptionList episode = new DescriptionList();
    final Select<String> delayReason = new Select<>();
    final Paragraph delayPromptText = new Paragraph();
    final Div delayPrompt = new Div(delayPromptText);
    private final Div delaySection = section("Delay");
    final UnorderedList processPosition = new UnorderedList();
    final UnorderedList openEscalations = new UnorderedList();
    final UnorderedList referredBefore = new UnorderedList();
    final Grid<ReferralEvent> timeline = new Grid<>(ReferralEvent.class, false);
    final Div content = new Div();
    final Paragraph notFound = new Paragraph();
    final RouterLink toBoard = new RouterLink("Go to the hub board", HubBoardView.class);
    final Div missing = new Div(notFound, toBoard);
    final RouterLink summaryLink = new RouterLink();
    /** The contact details live in the handover module, which depends on this one: a plain link, no route class. */
    final Anchor contactLink = new Anchor("", "Contact details");
    final Anchor lettersLink = new Anchor("", "Letters");

    final ReferralActions actions;
    private final ReferralService referrals;
    private final EscalationService escalations;
    private final HumanTime time;
    private final Map<String, String> delayReasonLabels;
    private final Urgency urgency;
    /** Read by the live-update test of a change, on the thread that heard of it. */
    private volatile String id = "";
    private Referral referral;

    public ReferralView(ReferralService referrals, ReferralCapacityService capacity, FundingService funding,
            DelayReasonService delayReasons, EscalationService escalations, HomeCareService homeCare, Clock clock,
            LiveUpdates liveUpdates) {
        this.referrals = referrals;
        this.escalations = escalations;
        this.time = new HumanTime(clock);
        this.delayReasonLabels = delayReasons.labels();
        this.urgency = new Urgency(clock);
        this.actions = new ReferralActions(referrals, capacity, funding, homeCare, clock, this::refresh);
        configureDelayReason();
        configureTimeline();
        status.setId("referral-status");
        urgent.addClassNames("status-badge", "urgent");
        person.addClassName("facts");
        episode.addClassName("facts");
        processPosition.setId("process-position");

        HorizontalLayout heading = new HorizontalLayout(title, status, urgent);
        heading.add(summaryLink, contactLink, lettersLink);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setWrap(true);
        Div sections = new Div(section("Person", person), section("Episode", episode),
                section("Where the process stands", processPosition), delaySection,
                section("Open escalations", openEscalations), section("Referred before", referredBefore));
        sections.addClassName("referral-sections");
        delayPrompt.setId("delay-reason-prompt");
        delayPrompt.addClassName("delay-prompt");
        delayPrompt.getElement().setAttribute("role", "region");
        delayPrompt.getElement().setAttribute("aria-label", "Delay reason needed");
        content.add(heading, delayPrompt, actions, sections, new H3("Timeline"), timeline);
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
        timeline.addColumn(e -> time.dateTime(e.at())).setHeader("When").setAutoWidth(true)
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
        summaryLink.setText("Placement summary to print");
        summaryLink.setRoute(PlacementSummaryView.class, new RouteParameters("id", id));
        contactLink.setHref("referrals/" + id + "/contact");
        lettersLink.setHref("referrals/" + id + "/letters");
        List<String> position = referrals.processPosition(id);
        showHeading();
        ReferralFacts.person(person, referral, record.localityCode(), time);
        ReferralFacts.episode(episode, referral, record.fundedPeriodEnd());
        showPosition(position);
        actions.show(referral);
        openEscalations.removeAll();
        escalations.forReferral(id).stream().filter(Escalation::open).forEach(e -> openEscalations.add(
                new ListItem(e.kind().label() + " (raised " + time.dateTime(e.raisedAt()) + "): "
                        + e.detail())));
        if (openEscalations.getChildren().findAny().isEmpty()) {
            openEscalations.add(new ListItem("None"));
        }
        showReferredBefore(record.previousReferralIds());
        timeline.setItems(record.history());
    }

    /** The person's earlier referrals (closed or cancelled), each a link, so their timelines are not lost. */
    private void showReferredBefore(List<String> previous) {
        referredBefore.removeAll();
        for (int i = 0; i < previous.size(); i++) {
            RouterLink link = new RouterLink("Earlier referral " + (i + 1), ReferralView.class,
                    new RouteParameters("id", previous.get(i)));
            link.setId("referred-before-" + previous.get(i));
            referredBefore.add(new ListItem(link));
        }
        referredBefore.getParent().ifPresent(section -> section.setVisible(!previous.isEmpty()));
    }

    private void showHeading() {
        title.setText(referral.fullName() + " · " + referral.patient().formattedNhsNumber());
        status.setText(referral.status().label());
        status.setClassName("status-badge status-" + referral.status().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        urgent.setVisible(referral.urgent());
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
        askForDelayReason();
    }

    /** Past the ready date with no reason recorded: the picker moves to the top of the page until one is. */
    private void askForDelayReason() {
        boolean needed = urgency.needsDelayReason(referral);
        delayPrompt.setVisible(needed);
        delaySection.setVisible(!needed);
        if (needed) {
            long days = urgency.daysPastReady(referral);
            delayPromptText.setText("Delay reason needed: " + referral.fullName() + " is " + days
                    + (days == 1 ? " day" : " days") + " past the discharge ready date. Record why they are still "
                    + "in hospital.");
            delayPrompt.add(delayReason);
        } else {
            delaySection.add(delayReason);
        }
    }

    private void changeDelayReason(String code) {
        if (Forms.submit(Map.<String, HasValidation>of("code", delayReason),
                () -> referrals.changeDelayReason(id, new DelayReasonChange(code)))) {
            Forms.success(code == null ? "Delay reason cleared" : "Delay reason recorded");
            refresh();
            delayReason.focus();
        }
    }

}
