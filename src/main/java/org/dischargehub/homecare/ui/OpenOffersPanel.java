package org.dischargehub.homecare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.homecare.OfferRow;
import org.dischargehub.homecare.OfferStatus;
import org.dischargehub.shared.HubChange.HomeCareChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.LiveUpdates;

/**
 * The top of a home-care provider's landing page: its offers waiting for its answer, the soonest to lapse first, each
 * with the time left, accepted here in one tap or declined on the offers page. Updated live.
 */
class OpenOffersPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    final Div offers = new Div();

    private final HomeCareService homeCare;
    private final Clock clock;

    OpenOffersPanel(HomeCareService homeCare, Clock clock, LiveUpdates live) {
        this.homeCare = homeCare;
        this.clock = clock;
        setId("open-offers");
        addClassName("open-offers");
        offers.addClassName("offer-list");
        add(new H3("Offers waiting for your answer"), offers);
        live.subscribe(this, change -> change instanceof HomeCareChanged, this::refresh);
        refresh();
    }

    private void refresh() {
        offers.removeAll();
        List<OfferRow> open = homeCare.offers(OfferStatus.OPEN).stream()
                .sorted(Comparator.comparing(OfferRow::expiresAt)).toList();
        open.forEach(offer -> offers.add(card(offer)));
        if (open.isEmpty()) {
            offers.add(new Paragraph("No offers are waiting for your answer."));
        }
    }

    private Component card(OfferRow offer) {
        Div card = new Div();
        card.addClassName("offer-card");
        card.setId("open-offer-" + offer.id());
        Span what = new Span(offer.locality() + " · from " + HomeCareText.day(offer.startDate()) + " · "
                + HomeCareText.hours(offer.hoursPerWeek()) + " hours a week");
        what.addClassName("offer-card-title");
        Paragraph needs = new Paragraph(offer.needs() == null ? "" : offer.needs());
        needs.addClassName("offer-card-needs");
        Span when = new Span(openUntil(offer.expiresAt(), clock.instant()));
        when.addClassName("offer-card-when");
        Button accept = new Button("Accept", e -> {
            if (Forms.submit(Map.of(), () -> homeCare.accept(offer.id()))) {
                Forms.success("Accepted: the hub has been told");
                refresh();
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Anchor answer = new Anchor("my-offers", "Decline or see all offers");
        answer.addClassName("offer-card-link");
        Div actions = new Div(accept, answer);
        actions.addClassName("offer-card-actions");
        card.add(what, needs, when, actions);
        return card;
    }

    /** "Open until 14:00 (3 h 40 min left)", in the hub's time; the day too when it is not today. */
    static String openUntil(Instant expiresAt, Instant now) {
        if (!expiresAt.isAfter(now)) {
            return "Was open until " + HumanTime.at(now).when(expiresAt) + ": the hub is closing it";
        }
        return "Open until " + HumanTime.at(now).relative(expiresAt);
    }
}
