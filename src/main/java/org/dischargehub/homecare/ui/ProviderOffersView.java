package org.dischargehub.homecare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dischargehub.homecare.HomeCareCommands.Decline;
import org.dischargehub.homecare.HomeCareCommands.HandBack;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.homecare.OfferRow;
import org.dischargehub.homecare.OfferStatus;
import org.dischargehub.security.HubUser;
import org.dischargehub.shared.HubChange.HomeCareChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.LiveUpdates;

/**
 * A provider's open offers (where, from when, how many hours and what care: never who) to accept or decline, and the
 * packages it has taken, each of which it may hand back with a reason. Made for a phone; updated live.
 */
@Route("my-offers")
@Menu(title = "Offers and packages", order = 110, icon = "vaadin:handshake")
@PageTitle("Offers and packages | Discharge Hub")
@RolesAllowed(HubUser.HOME_CARE_PROVIDER)
public class ProviderOffersView extends Div {

    final Div open = new Div();
    final Div packages = new Div();
    final Div withdrawn = new Div();

    private final HomeCareService homeCare;
    private final HumanTime time;

    public ProviderOffersView(HomeCareService homeCare, LiveUpdates live, Clock clock) {
        this.homeCare = homeCare;
        this.time = new HumanTime(clock);
        addClassName("provider-page");
        open.addClassName("offer-list");
        packages.addClassName("offer-list");
        withdrawn.addClassName("offer-list");
        add(new H2("Offers and packages"), new H3("Open offers"), open, new H3("Packages you have taken"), packages,
                new H3("Recently withdrawn offers"), withdrawn);
        live.subscribe(this, change -> change instanceof HomeCareChanged, this::refresh);
        refresh();
    }

    private void refresh() {
        open.removeAll();
        packages.removeAll();
        withdrawn.removeAll();
        List<OfferRow> offers = homeCare.offers(OfferStatus.OPEN);
        offers.forEach(offer -> open.add(card(offer, openActions(offer))));
        if (offers.isEmpty()) {
            open.add(new Paragraph("No open offers."));
        }
        List<OfferRow> taken = homeCare.offers(OfferStatus.ACCEPTED).stream()
                .sorted(Comparator.comparing(OfferRow::startDate).reversed()).toList();
        taken.forEach(offer -> packages.add(card(offer, packageActions(offer))));
        if (taken.isEmpty()) {
            packages.add(new Paragraph("No packages taken yet."));
        }
        List<OfferRow> gone = homeCare.recentlyWithdrawn();
        gone.forEach(offer -> withdrawn.add(card(offer, actions())));
        if (gone.isEmpty()) {
            withdrawn.add(new Paragraph("No offers withdrawn."));
        }
    }

    private Component card(OfferRow offer, Component actions) {
        Div card = new Div();
        card.addClassName("offer-card");
        card.setId("offer-" + offer.id());
        Span where = new Span(offer.locality() + " · from " + HomeCareText.day(offer.startDate()));
        where.addClassName("offer-card-title");
        Span hours = new Span(HomeCareText.hours(offer.hoursPerWeek()) + " hours a week");
        Paragraph needs = new Paragraph(offer.needs() == null ? "" : offer.needs());
        needs.addClassName("offer-card-needs");
        Span when = new Span(switch (offer.status()) {
            case OPEN -> "Answer by " + time.relative(offer.expiresAt());
            case WITHDRAWN -> "Withdrawn " + HomeCareText.when(time, offer.answeredAt())
                    + (offer.reason() == null ? "" : ": " + offer.reason().toLowerCase());
            default -> "Accepted " + HomeCareText.when(time, offer.answeredAt());
        });
        when.addClassName("offer-card-when");
        card.add(where, hours, needs, when, actions);
        return card;
    }

    private Component openActions(OfferRow offer) {
        Button accept = new Button("Accept", e -> {
            if (Forms.submit(Map.of(), () -> homeCare.accept(offer.id()))) {
                Forms.success("Accepted: the hub has been told");
                refresh();
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button("Decline", e -> askReason("Decline this offer", "Reason (optional)", "Decline",
                reason -> homeCare.decline(offer.id(), new Decline(reason)), "Declined"));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return actions(accept, decline);
    }

    private Component packageActions(OfferRow offer) {
        Button handBack = new Button("Hand back", e -> askReason("Hand this package back",
                "Why can you no longer deliver it?", "Hand back",
                reason -> homeCare.handBack(offer.id(), new HandBack(reason)),
                "Handed back: the hub will find another provider"));
        handBack.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return actions(handBack);
    }

    private static Component actions(Button... buttons) {
        FlexLayout actions = new FlexLayout(buttons);
        actions.addClassName("offer-card-actions");
        return actions;
    }

    private void askReason(String title, String label, String confirmLabel, Consumer<String> action, String done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextArea reason = new TextArea(label);
        reason.setId("reason");
        reason.setMaxLength(4000);
        reason.setWidthFull();
        Button confirm = new Button(confirmLabel, e -> {
            if (Forms.submit(Map.of("reason", reason), () -> action.accept(reason.getValue()))) {
                dialog.close();
                Forms.success(done);
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }
}
