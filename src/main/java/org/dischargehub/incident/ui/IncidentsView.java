package org.dischargehub.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.dischargehub.incident.IncidentService;
import org.dischargehub.incident.ProcessIncident;
import org.dischargehub.messages.Message;
import org.dischargehub.messages.MessageService;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.NotFoundException;
import org.dischargehub.ui.Forms;

/**
 * Process steps that failed on every retry: the manager fixes the cause, then retries the step here. Messages to
 * people that failed after their last try are listed too, to retry on the Messages page.
 */
@Route("incidents")
@Menu(title = "Process incidents", order = 150, icon = "vaadin:exclamation-circle")
@PageTitle("Process incidents | Discharge Hub")
@RolesAllowed("MANAGER")
public class IncidentsView extends VerticalLayout {

    final Grid<ProcessIncident> grid = new Grid<>(ProcessIncident.class, false);
    final Grid<Message> failedMessages = new Grid<>(Message.class, false);
    final Button refresh = new Button("Refresh", e -> refresh());
    private final IncidentService incidents;
    private final MessageService messages;
    private final HumanTime time;

    public IncidentsView(IncidentService incidents, MessageService messages, Clock clock) {
        this.incidents = incidents;
        this.messages = messages;
        this.time = new HumanTime(clock);
        grid.setId("incidents");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::referralLink).setHeader("Referral").setWidth("8em").setFlexGrow(0);
        grid.addColumn(ProcessIncident::process).setHeader("Process").setAutoWidth(true);
        grid.addColumn(ProcessIncident::step).setHeader("Failing step").setAutoWidth(true);
        grid.addColumn(ProcessIncident::message).setHeader("Message").setFlexGrow(4).setWidth("20em");
        grid.addColumn(i -> time.dateTime(i.since())).setHeader("Since").setAutoWidth(true);
        grid.addComponentColumn(this::retryButton).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No incidents: every process step has run.");
        grid.setAllRowsVisible(true);
        refresh.setId("refresh-incidents");
        failedMessages.setId("failed-messages");
        failedMessages.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        failedMessages.addComponentColumn(m -> m.referralId() == null ? new Span("") : referralAnchor(m.referralId()))
                .setHeader("Referral").setWidth("8em").setFlexGrow(0);
        failedMessages.addColumn(m -> m.template().label()).setHeader("Message").setAutoWidth(true);
        failedMessages.addColumn(Message::lastError).setHeader("Last error").setFlexGrow(4).setWidth("20em");
        failedMessages.addColumn(m -> time.dateTime(m.createdAt())).setHeader("Since").setAutoWidth(true);
        failedMessages.setEmptyStateText("No failed messages: each was delivered or is still being tried.");
        failedMessages.setAllRowsVisible(true);
        add(new H2("Process incidents"),
                new Paragraph("A step that failed three times, five minutes apart, stops here. Fix the cause, then "
                        + "retry: the step runs once more, and only its successful run changes anything."),
                refresh, grid, new H3("Messages not delivered"), failedMessages,
                new Anchor("messages?status=FAILED", "Retry them on the Messages page"));
        refresh();
    }

    private Component referralLink(ProcessIncident incident) {
        return incident.referralId() == null ? new Span(incident.businessKey() == null ? "" : incident.businessKey())
                : referralAnchor(incident.referralId());
    }

    private static Anchor referralAnchor(String referralId) {
        Anchor anchor = new Anchor("referrals/" + referralId, referralId.substring(0, Math.min(8, referralId.length())));
        anchor.setTitle(referralId);
        return anchor;
    }

    private Button retryButton(ProcessIncident incident) {
        Button button = new Button("Retry", e -> retry(incident));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.setId("retry-" + incident.id());
        return button;
    }

    private void retry(ProcessIncident incident) {
        try {
            incidents.retry(incident.id());
            Forms.success("Retrying \"" + incident.step() + "\": it runs again within moments");
        } catch (NotFoundException | ConflictException e) {
            Forms.error("This incident is no longer open");
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(incidents.open());
        failedMessages.setItems(messages.failed());
    }
}
