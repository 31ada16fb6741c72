package org.dischargehub.referral.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.dischargehub.referral.ReferralRecord;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.NotFoundException;
import org.dischargehub.ui.PrintButton;

/** One referral's placement on a page made for paper: the person, the pathway, where they went, the dates, funding. */
@Route("referrals/:id/summary")
@PageTitle("Placement summary | Discharge Hub")
@RolesAllowed({"MDT", "COORDINATOR", "MANAGER"})
public class PlacementSummaryView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2("Placement summary");
    final DescriptionList person = new DescriptionList();
    final DescriptionList placement = new DescriptionList();
    final Div content = new Div();
    final Paragraph notFound = new Paragraph();
    private final ReferralService referrals;
    private final HumanTime time;

    public PlacementSummaryView(ReferralService referrals, Clock clock) {
        this.referrals = referrals;
        this.time = new HumanTime(clock);
        addClassName("placement-summary");
        person.addClassName("facts");
        placement.addClassName("facts");
        notFound.setId("placement-summary-not-found");
        content.setId("placement-summary");
        content.setWidthFull();
        add(content, notFound);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        ReferralRecord record;
        try {
            record = referrals.record(id);
        } catch (NotFoundException e) {
            record = null;
        }
        content.setVisible(record != null);
        notFound.setVisible(record == null);
        if (record == null) {
            notFound.setText("There is no referral with the reference \"" + id + "\".");
            return;
        }
        title.setText("Placement summary: " + record.referral().fullName());
        ReferralFacts.person(person, record.referral(), record.localityCode(), time);
        ReferralFacts.episode(placement, record.referral(), record.fundedPeriodEnd());
        RouterLink back = new RouterLink("Back to the referral", ReferralView.class, new RouteParameters("id", id));
        back.addClassName("print-hidden");
        HorizontalLayout bar = new HorizontalLayout(PrintButton.create("summary-print", "the placement summary"), back);
        bar.addClassName("list-export");
        bar.setAlignItems(Alignment.CENTER);
        content.removeAll();
        content.add(title, bar, new H3("Person"), person, new H3("Placement"), placement);
    }
}
