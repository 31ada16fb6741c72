package org.dischargehub.handover.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dischargehub.handover.ContactCommand.CommunicationNeeds;
import org.dischargehub.handover.Handover;
import org.dischargehub.handover.HandoverService;
import org.dischargehub.letters.HubContact;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Facts;
import org.dischargehub.ui.LiveUpdates;

/**
 * The people a provider cares for now, each with the handover its carers need on the first visit: who, where, how to
 * get in, whom to call, the care decided and its risks. Built for a phone at the door.
 */
@Route("my-people")
@Menu(title = "People in your care", order = 115, icon = "vaadin:user-heart")
@PageTitle("People in your care | Discharge Hub")
@RolesAllowed("PROVIDER")
public class HandoversView extends Div {

    final Div people = new Div();

    private final HandoverService handovers;
    /** Read by the live-update filter, on the thread that heard of a change. */
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    public HandoversView(HandoverService handovers, LiveUpdates live) {
        this.handovers = handovers;
        addClassName("provider-page");
        people.addClassName("offer-list");
        add(new H2("People in your care"), new Paragraph("Everyone whose care you deliver now: once you accept a "
                + "package or a bed of yours is reserved for them, until their placement ends."), people);
        live.subscribe(this, this::mayConcernMine, this::refresh);
        refresh();
    }

    /** A placement starts when a referral becomes ready to leave, and changes or ends only for people shown. */
    private boolean mayConcernMine(Object change) {
        return change instanceof ReferralChanged changed && (shown.contains(changed.referralId())
                || ReferralStatus.READY_TO_DISCHARGE.name().equals(changed.status()));
    }

    private void refresh() {
        people.removeAll();
        List<Handover> mine = handovers.myHandovers();
        shown.clear();
        mine.forEach(handover -> shown.add(handover.referralId()));
        mine.forEach(handover -> people.add(card(handover)));
        if (mine.isEmpty()) {
            people.add(new Paragraph("No one yet. People appear here when you accept a package, or when a bed of "
                    + "yours is reserved for them."));
        }
    }

    private static Component card(Handover handover) {
        Div card = new Div();
        card.addClassName("offer-card");
        card.setId("handover-" + handover.referralId());
        H3 name = new H3(handover.givenName() + " " + handover.familyName());
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        Facts.fact(facts, "Placement", handover.placement()
                + (handover.startDate() == null ? "" : ", from " + HumanTime.date(handover.startDate())));
        Facts.fact(facts, "NHS number", handover.nhsNumber());
        Facts.fact(facts, "Date of birth", HumanTime.date(handover.dateOfBirth()));
        Facts.fact(facts, "Address", join(handover.address(), handover.postcode()));
        Facts.phone(facts, "Phone", handover.phone(), null);
        Facts.fact(facts, "Getting in", handover.accessDetails());
        Facts.fact(facts, "Call times", handover.callTimes());
        Facts.phone(facts, "Next of kin", handover.nextOfKin().phone(), join(handover.nextOfKin().name(),
                handover.nextOfKin().relationship()));
        Facts.fact(facts, "GP", join(handover.gp().name(), handover.gp().odsCode()));
        Facts.fact(facts, "Communication", communication(handover.communicationNeeds()));
        Facts.fact(facts, "Care decided", handover.needs());
        HubContact hub = handover.hubContact();
        Facts.phone(facts, "Hub contact", hub.directLine(), hub.name() + ", " + hub.hours());
        Facts.phone(facts, "Hub out of hours", hub.outOfHoursNumber(), null);
        card.add(name, facts);
        if (!handover.risks().isEmpty()) {
            UnorderedList risks = new UnorderedList();
            risks.setId("risks-" + handover.referralId());
            handover.risks().forEach(risk -> risks.add(new ListItem(risk)));
            card.add(new Paragraph("Risks"), risks);
        }
        return card;
    }

    private static String communication(CommunicationNeeds needs) {
        List<String> parts = new ArrayList<>(needs.flaggedForStaff());
        if (needs.largePrint()) {
            parts.add("Large print");
        }
        if (needs.easyRead()) {
            parts.add("Easy read");
        }
        if (needs.language() != null && !needs.interpreter()) {
            parts.add(needs.language());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }


    private static String join(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .reduce((a, b) -> a + ", " + b).orElse(null);
    }
}
