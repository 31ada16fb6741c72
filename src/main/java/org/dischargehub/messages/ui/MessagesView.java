package org.dischargehub.messages.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.dischargehub.messages.DeliveryStatus;
import org.dischargehub.messages.Message;
import org.dischargehub.messages.MessageService;
import org.dischargehub.messages.Recipient;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.NotFoundException;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.NarrowScreen;

/**
 * The messages the hub sends to people and their families: failed first (with a retry), then those waiting for a
 * try, then those delivered; by status, and by a referral or a recipient's name.
 */
@Route("messages")
@Menu(title = "Messages", order = 145, icon = "vaadin:envelope")
@PageTitle("Messages | Discharge Hub")
@RolesAllowed({"COORDINATOR", "MANAGER"})
public class MessagesView extends VerticalLayout implements BeforeEnterObserver {

    final Select<DeliveryStatus> status = new Select<>();
    final TextField search = new TextField("Referral or recipient");
    final Grid<Message> grid = new Grid<>(Message.class, false);
    private final MessageService messages;
    private final HumanTime time;

    public MessagesView(MessageService messages, Clock clock) {
        this.messages = messages;
        this.time = new HumanTime(clock);
        status.setLabel("Status");
        status.setId("message-status");
        status.setItems(DeliveryStatus.values());
        status.setItemLabelGenerator(MessagesView::statusLabel);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.addValueChangeListener(e -> refresh());
        search.setId("message-search");
        search.setClearButtonVisible(true);
        search.setHelperText("The start of a referral id, or part of a name");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        grid.setId("messages");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> statusLabel(m.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MessagesView::recipient).setHeader("To").setFlexGrow(2);
        grid.addColumn(m -> m.template().label()).setHeader("What").setFlexGrow(2);
        grid.addComponentColumn(this::referralLink).setHeader("Referral").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Message> attempts = grid.addColumn(Message::attempts).setHeader("Tries").setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<Message> error = grid.addColumn(m -> m.lastError() == null ? "" : m.lastError())
                .setHeader("Last error").setFlexGrow(3);
        Grid.Column<Message> created = grid.addColumn(m -> time.dateTime(m.createdAt())).setHeader("Created")
                .setAutoWidth(true);
        grid.addColumn(this::progress).setHeader("Delivered").setAutoWidth(true);
        grid.addComponentColumn(this::retryButton).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No messages here: none has been sent, or none matches the filters.");
        grid.setAllRowsVisible(true);
        HorizontalLayout filters = new HorizontalLayout(status, search);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        NarrowScreen.follow(this, narrow -> List.of(attempts, error, created).forEach(c -> c.setVisible(!narrow)));
        add(new H2("Messages"), new Paragraph("Letters and texts to people and their families. A message that could "
                + "not be delivered is tried again, each time waiting twice as long; after its last try it is "
                + "failed and listed first here."), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("search").ifPresent(search::setValue);
        query.getSingleParameter("status").ifPresent(value -> {
            for (DeliveryStatus candidate : DeliveryStatus.values()) {
                if (candidate.name().equalsIgnoreCase(value)) {
                    status.setValue(candidate);
                }
            }
        });
        refresh();
    }

    private static String statusLabel(DeliveryStatus status) {
        if (status == null) {
            return "Any status";
        }
        return switch (status) {
            case FAILED -> "Failed";
            case PENDING -> "Waiting";
            case DELIVERED -> "Delivered";
        };
    }

    private static String recipient(Message message) {
        String who = message.recipientRole() == Recipient.Role.PERSON ? "The person" : "Next of kin";
        return message.recipientName() == null ? who : who + ": " + message.recipientName();
    }

    private String progress(Message message) {
        if (message.deliveredAt() != null) {
            return time.dateTime(message.deliveredAt());
        }
        return message.nextAttemptAt() == null ? "Not delivered" : "Next try " + time.dateTime(message.nextAttemptAt());
    }

    private Component referralLink(Message message) {
        if (message.referralId() == null) {
            return new Span("");
        }
        Anchor anchor = new Anchor("referrals/" + message.referralId(),
                message.referralId().substring(0, Math.min(8, message.referralId().length())));
        anchor.setTitle("Referral " + message.referralId());
        return anchor;
    }

    private Component retryButton(Message message) {
        if (message.status() != DeliveryStatus.FAILED) {
            return new Span("");
        }
        Button button = new Button("Retry now", e -> retry(message));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.setId("retry-" + message.id());
        button.setAriaLabel("Retry now: " + message.template().label() + " to " + recipient(message));
        return button;
    }

    private void retry(Message message) {
        try {
            messages.retryNow(message.id());
            Forms.success("Trying again: the message goes out within moments");
        } catch (NotFoundException e) {
            Forms.error("This message is no longer failed");
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(messages.find(status.getValue(), search.getValue()));
    }
}
