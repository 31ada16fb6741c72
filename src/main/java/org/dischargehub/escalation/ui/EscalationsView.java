package org.dischargehub.escalation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.escalation.EscalationStatus;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.ActionDialog;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.LiveUpdates;
import org.dischargehub.ui.NarrowScreen;

/**
 * What the hub manager and the coordinators must see: open escalations oldest first, each acknowledged once with a
 * note; and the latest that closed themselves when their condition ended, with what ended it.
 */
@Route("escalations")
@Menu(title = "Escalations", order = 140, icon = "vaadin:bell")
@PageTitle("Escalations | Discharge Hub")
@RolesAllowed({"COORDINATOR", "MANAGER"})
public class EscalationsView extends VerticalLayout {

    final Grid<Escalation> open = new Grid<>(Escalation.class, false);
    final Grid<Escalation> closed = new Grid<>(Escalation.class, false);
    private final EscalationService escalations;
    private final HumanTime time;

    public EscalationsView(EscalationService escalations, Clock clock, LiveUpdates liveUpdates) {
        this.escalations = escalations;
        this.time = new HumanTime(clock);
        open.setId("open-escalations");
        open.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        open.addColumn(e -> e.kind().label()).setHeader("What").setAutoWidth(true);
        open.addColumn(Escalation::detail).setHeader("Detail").setFlexGrow(3);
        Grid.Column<Escalation> raised = open.addColumn(e -> when(e.raisedAt())).setHeader("Raised")
                .setAutoWidth(true);
        open.addComponentColumn(this::referralLink).setHeader("Referral").setAutoWidth(true);
        open.addComponentColumn(this::acknowledgement).setHeader("Acknowledged").setAutoWidth(true).setFlexGrow(0);
        open.setEmptyStateText("No open escalations. Nothing needs you right now.");
        open.setAllRowsVisible(true);

        closed.setId("closed-escalations");
        closed.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        closed.addColumn(e -> e.kind().label()).setHeader("What").setAutoWidth(true);
        Grid.Column<Escalation> detail = closed.addColumn(Escalation::detail).setHeader("Detail").setFlexGrow(2);
        Grid.Column<Escalation> raisedAt = closed.addColumn(e -> when(e.raisedAt())).setHeader("Raised")
                .setAutoWidth(true);
        closed.addColumn(e -> when(e.closedAt()) + ": " + e.closedBecause().label()).setHeader("Closed")
                .setAutoWidth(true);
        closed.addColumn(e -> e.acknowledgedAt() == null ? "" : e.acknowledgedBy() + ", " + when(e.acknowledgedAt())
                + (e.note() == null || e.note().isBlank() ? "" : ": " + e.note())).setHeader("Acknowledged")
                .setFlexGrow(2);
        closed.addComponentColumn(this::referralLink).setHeader("Referral").setAutoWidth(true);
        closed.setEmptyStateText("Nothing closed yet");

        NarrowScreen.follow(this, narrow -> List.of(raised, detail, raisedAt).forEach(c -> c.setVisible(!narrow)));
        add(new H2("Escalations"), open, new H3("Recently closed"), closed);
        liveUpdates.subscribe(this, this::refresh);
        refresh();
    }

    private Component referralLink(Escalation escalation) {
        return escalation.referralId() == null ? new Span("")
                : new Anchor("referrals/" + escalation.referralId(), "Open");
    }

    private Component acknowledgement(Escalation escalation) {
        return escalation.acknowledgedAt() == null ? acknowledgeButton(escalation)
                : new Span(escalation.acknowledgedBy() + ", " + when(escalation.acknowledgedAt()));
    }

    private Button acknowledgeButton(Escalation escalation) {
        Button button = new Button("Acknowledge", e -> openAcknowledge(escalation));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.setId("acknowledge-" + escalation.id());
        return button;
    }

    private void openAcknowledge(Escalation escalation) {
        TextArea note = new TextArea("Note");
        note.setMaxLength(4000);
        note.setManualValidation(true);
        note.setHelperText("What you did or decided");
        new ActionDialog("Acknowledge: " + escalation.kind().label(), "Acknowledge")
                .explain(escalation.detail())
                .field("note", note)
                .onConfirm(() -> escalations.acknowledge(escalation.id(), note.getValue()))
                .afterSuccess(this::acknowledged)
                .open();
    }

    private void acknowledged() {
        Forms.success("Escalation acknowledged");
        refresh();
    }

    private String when(Instant instant) {
        return time.dateTime(instant);
    }

    private void refresh() {
        open.setItems(escalations.withStatus(EscalationStatus.OPEN));
        closed.setItems(escalations.withStatus(EscalationStatus.CLOSED));
    }
}
