package org.dischargehub.calls.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dischargehub.calls.Attempt;
import org.dischargehub.calls.CallFilter;
import org.dischargehub.calls.CallKind;
import org.dischargehub.calls.CallRow;
import org.dischargehub.calls.CallsService;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.Role;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Facts;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.LiveUpdates;

/**
 * The calls due after discharge, overdue first: for a voluntary-sector partner's callers (who see only this page)
 * and the coordinators. Each card has what the call needs and nothing more, a number to tap on a phone, the earlier
 * tries, and the outcome to record.
 */
@Route("calls")
@Menu(title = "Calls due", order = 85, icon = "vaadin:phone")
@PageTitle("Calls due | Discharge Hub")
@RolesAllowed({"CALLER", "COORDINATOR"})
public class CallsView extends Div {

    private static final String ANY = "All calls";
    private static final Set<String> NEW_CALL = Set.of(ReferralStatus.CLOSED.name(), ReferralStatus.IN_D2A.name());

    final Select<String> kind = new Select<>();
    final Checkbox overdueOnly = new Checkbox("Overdue only");
    final TextField name = new TextField("Search by name");
    final Div list = new Div();
    private final CallsService calls;
    private final HumanTime time;
    /** Read by the live-update filter, on the thread that heard of a change. */
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    public CallsView(CallsService calls, Clock clock, LiveUpdates live) {
        this.calls = calls;
        this.time = new HumanTime(clock);
        addClassName("provider-page");
        kind.setLabel("Kind of call");
        kind.setId("calls-kind");
        kind.setItems(ANY, CallKind.SAFE_AND_WELL.label() + " (pathway 0)", CallKind.CHECK_IN.label()
                + " (pathways 1 to 3)");
        kind.setValue(ANY);
        overdueOnly.setId("calls-overdue");
        name.setId("calls-search");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        name.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(kind, name, overdueOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        list.setId("calls-list");
        list.addClassName("offer-list");
        add(new H2("Calls due"), new Paragraph("Overdue calls first, then by when each is due. Pathway 0: a "
                + "safe-and-well call within 72 hours of leaving hospital. Pathways 1 to 3: a check-in call on the "
                + "set day after."), filters, list);
        live.subscribe(this, this::mayMoveTheList, this::refresh);
        refresh();
    }

    /** A call is made for a person shown, or a discharge makes one due (the referral is then closed or in D2A). */
    private boolean mayMoveTheList(Object change) {
        return change instanceof ReferralChanged changed && (shown.contains(changed.referralId())
                || NEW_CALL.contains(changed.status()));
    }

    private void refresh() {
        list.removeAll();
        List<CallRow> due = calls.due(new CallFilter(chosenKind(), overdueOnly.getValue(), name.getValue()));
        shown.clear();
        due.forEach(call -> shown.add(call.referralId()));
        due.forEach(call -> list.add(card(call)));
        if (due.isEmpty()) {
            Paragraph empty = new Paragraph("No calls due" + (filtered() ? " that match." : ". People appear "
                    + "here when their call after leaving hospital falls due."));
            empty.setId("calls-empty");
            list.add(empty);
        }
    }

    private boolean filtered() {
        return chosenKind() != null || overdueOnly.getValue() || !name.getValue().isBlank();
    }

    private CallKind chosenKind() {
        String chosen = kind.getValue();
        return chosen == null || ANY.equals(chosen) ? null
                : chosen.startsWith(CallKind.SAFE_AND_WELL.label()) ? CallKind.SAFE_AND_WELL : CallKind.CHECK_IN;
    }

    private Component card(CallRow call) {
        Div card = new Div();
        card.addClassName("offer-card");
        card.setId("call-" + call.id());
        H3 heading = new H3(call.fullName());
        card.add(heading);
        if (call.overdue()) {
            Span overdue = new Span("Overdue");
            overdue.getElement().getThemeList().add("badge error");
            card.add(overdue);
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        Facts.fact(facts, "Call", call.kind().label());
        Facts.fact(facts, "Left hospital", HumanTime.date(call.dischargedOn()));
        Facts.fact(facts, "Due by", time.dateTime(call.dueBy()));
        if (!call.attempts().isEmpty()) {
            Facts.fact(facts, "Try again from", time.dateTime(call.nextTryAt()));
        }
        Facts.phone(facts, "Phone", call.phone(), null);
        Facts.phone(facts, "Next of kin", call.kinPhone(), join(call.kinName(), call.kinRelationship()));
        Facts.fact(facts, "Communication", communication(call));
        card.add(facts);
        if (!call.attempts().isEmpty()) {
            UnorderedList tries = new UnorderedList();
            call.attempts().forEach(attempt -> tries.add(new ListItem(attempt(attempt))));
            card.add(new Paragraph("Earlier tries"), tries);
        }
        Button record = new Button("Record outcome", e -> openOutcome(call));
        record.setId("record-" + call.id());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.getElement().setAttribute("aria-label", "Record outcome of the call to " + call.fullName());
        card.add(record);
        if (CurrentUser.hasRole(Role.COORDINATOR)) {
            card.add(new Anchor("referrals/" + call.referralId(), "Open referral"));
        }
        return card;
    }

    private void openOutcome(CallRow call) {
        CallOutcomeDialog dialog = new CallOutcomeDialog(call.fullName(),
                command -> calls.recordOutcome(call.id(), command));
        dialog.afterSuccess(() -> {
            Forms.success("Call recorded");
            refresh();
        });
        dialog.open();
    }

    private String attempt(Attempt attempt) {
        return time.dateTime(attempt.at()) + ", " + attempt.by() + ": " + attempt.outcome().label()
                + (attempt.note() == null ? "" : ". " + attempt.note());
    }

    private static String communication(CallRow call) {
        List<String> parts = new ArrayList<>(call.communicationNeeds());
        if (call.language() != null && !call.interpreter()) {
            parts.add(call.language());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }



    private static String join(String first, String second) {
        return first == null ? null : second == null ? first : first + ", " + second;
    }
}
