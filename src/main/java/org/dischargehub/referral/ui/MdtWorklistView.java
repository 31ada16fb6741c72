package org.dischargehub.referral.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.RetriageRequest;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.LiveUpdates;
import org.dischargehub.ui.NarrowScreen;

@Route("mdt")
@Menu(title = "MDT worklist", order = 50, icon = "vaadin:clipboard-check")
@PageTitle("MDT worklist | Discharge Hub")
@RolesAllowed("MDT")
public class MdtWorklistView extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Grid<Referral> grid = new Grid<>(Referral.class, false);
    final TextField search = new TextField();
    final RouterLink newReferral = new RouterLink("New referral", ReferralFormView.class);
    private final ReferralService referrals;
    private final Clock clock;
    private Map<Long, String> localityCodes = Map.of();

    public MdtWorklistView(ReferralService referrals, Clock clock, LiveUpdates liveUpdates) {
        this.referrals = referrals;
        this.clock = clock;
        grid.setId("mdt-worklist");
        search.setId("mdt-search");
        summary.setId("mdt-summary");
        search.setPlaceholder("NHS number or name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // how long first: what the MDT acts on; and the grid's first (focusable) cell then holds no link, so the
        // link is not a second target inside it (axe's target-size)
        grid.addColumn(r -> r.retriageRequest().isPresent() ? "Re-triage asked"
                : ReferralFormat.waiting(Duration.between(r.createdAt(), clock.instant())))
                .setTooltipGenerator(r -> r.retriageRequest().map(RetriageRequest::reason).orElse(null))
                .setHeader("Waiting").setAutoWidth(true);
        grid.addColumn(LitRenderer.<Referral>of("<a href=\"referrals/${item.id}\" router-link>${item.name}</a>")
                .withProperty("id", Referral::id).withProperty("name", Referral::fullName))
                .setHeader("Name").setFlexGrow(2);
        Grid.Column<Referral> nhs = grid.addColumn(r -> r.patient().formattedNhsNumber()).setHeader("NHS number")
                .setAutoWidth(true);
        Grid.Column<Referral> locality = grid.addColumn(r ->
                localityCodes.get(r.stay().localityId())).setHeader("Locality")
                .setAutoWidth(true);
        Grid.Column<Referral> where = grid.addColumn(r -> r.stay().hospital() + " · "
                + r.stay().ward()).setHeader("Hospital / ward")
                .setFlexGrow(2);
        Grid.Column<Referral> ready = grid.addColumn(r -> new HumanTime(clock).dateTime(r.stay().readyToLeaveAt()))
                .setHeader("Ready to leave").setAutoWidth(true);
        grid.addColumn(LitRenderer.<Referral>of("<vaadin-button id=\"triage-${item.id}\" theme=\"primary small\""
                        + " @click=${triage}>${item.label}</vaadin-button>")
                .withProperty("id", Referral::id)
                .withProperty("label", r -> r.retriageRequest().isPresent() ? "Re-triage" : "Triage")
                .withFunction("triage", this::openTriage))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Nobody is waiting for triage. New referrals appear here as they arrive.");
        grid.setMinHeight("20rem");
        NarrowScreen.follow(this, narrow -> List.of(nhs, locality, where, ready).forEach(c -> c.setVisible(!narrow)));
        HorizontalLayout header = new HorizontalLayout(new H2("Waiting for MDT triage"), newReferral);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header, search, summary, grid);
        setSizeFull();
        expand(grid);
        liveUpdates.subscribe(this, HubBoardView::aboutReferrals, this::refresh);
        refresh();
    }

    private void openTriage(Referral referral) {
        new TriageDialog(referral.fullName(), command -> {
            referrals.triage(referral.id(), command);
            Forms.success(referral.fullName() + " triaged to pathway " + command.pathway());
            refresh();
        }).open();
    }

    /** The worklist a page at a time from the database: a session holds the rows on screen, not everyone waiting. */
    private void refresh() {
        localityCodes = referrals.localityCodes();
        String term = search.getValue().trim();
        long all = referrals.triageWorklistCount("");
        long matching = term.isEmpty() ? all : referrals.triageWorklistCount(term);
        summary.setText(all == 0 ? "" : term.isEmpty() ? all + " waiting, re-triage first, then oldest first"
                : matching + " of " + all + " waiting match, re-triage first, then oldest first");
        grid.setItems(query -> referrals.triageWorklist(term, query.getOffset(), query.getLimit()).stream(),
                query -> (int) matching);
    }
}
