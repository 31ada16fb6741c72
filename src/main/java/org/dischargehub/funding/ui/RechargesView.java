package org.dischargehub.funding.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dischargehub.funding.FundingService;
import org.dischargehub.funding.PlacementKind;
import org.dischargehub.funding.RechargeLine;
import org.dischargehub.funding.RechargeStatement;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NhsNumber;

/**
 * The month's recharge to health: one line per placement and the total, computed afresh for every look and every
 * download. Opens on last month (the one to sign off); {@code recharges?month=2026-11} opens any other.
 */
@Route("recharges")
@Menu(title = "Recharges", order = 190, icon = "vaadin:invoice")
@PageTitle("Recharge statements | Discharge Hub")
@RolesAllowed("MANAGER")
public class RechargesView extends VerticalLayout implements BeforeEnterObserver {

    static final int MONTHS_OFFERED = 36;

    final Select<YearMonth> month = new Select<>();
    final Grid<RechargeLine> lines = new Grid<>(RechargeLine.class, false);
    final Span total = new Span();
    final Anchor csv = new Anchor();
    private final FundingService funding;
    private final YearMonth current;
    private Grid.Column<RechargeLine> amountColumn;

    public RechargesView(FundingService funding, Clock clock) {
        this.funding = funding;
        this.current = YearMonth.now(clock);
        month.setId("recharge-month");
        month.setLabel("Month");
        month.setItemLabelGenerator(HumanTime::month);
        List<YearMonth> months = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            months.add(current.minusMonths(back));
        }
        month.setItems(months);
        month.addValueChangeListener(e -> show(e.getValue()));
        configureGrid();
        total.setId("recharge-total");
        total.addClassName("recharge-total");
        csv.setId("recharge-csv");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span("Download CSV"));
        HorizontalLayout bar = new HorizontalLayout(month, csv);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Recharge statements"), new Paragraph("What the NHS commissioner is recharged for each placement's "
                + "funded days in the month: beds at the setting's daily rate, home care at the provider's hourly "
                + "rate for the hours a week, each line rounded to the penny. Figures follow the current facts, "
                + "including amended decisions."), bar, lines, total);
        setSizeFull();
    }

    private void configureGrid() {
        lines.setId("recharge-lines");
        lines.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        lines.setEmptyStateText("Nothing to recharge for this month");
        lines.addColumn(RechargeLine::person).setHeader("Name").setSortable(true).setAutoWidth(true);
        lines.addColumn(l -> new NhsNumber(l.nhsNumber()).formatted()).setHeader("NHS number").setAutoWidth(true);
        lines.addColumn(RechargeLine::placedWith).setHeader("Setting or provider").setSortable(true);
        lines.addColumn(l -> l.kind() == PlacementKind.BED ? "Bed" : "Home care")
                .setHeader("Kind").setSortable(true).setAutoWidth(true);
        lines.addColumn(l -> HumanTime.date(l.from())).setHeader("From").setSortable(true)
                .setComparator(RechargeLine::from).setAutoWidth(true);
        lines.addColumn(l -> HumanTime.date(l.to())).setHeader("To").setSortable(true)
                .setComparator(RechargeLine::to).setAutoWidth(true);
        lines.addColumn(RechargeLine::days).setHeader("Days").setSortable(true).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> l.rate().describe()).setHeader("Rate");
        amountColumn = lines.addColumn(l -> pounds(l.amount())).setHeader("Amount")
                .setComparator(RechargeLine::amount).setSortable(true).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearMonth wanted = event.getLocation().getQueryParameters().getSingleParameter("month")
                .flatMap(RechargesView::parse).orElse(current.minusMonths(1));
        if (month.getListDataView().getItems().noneMatch(wanted::equals)) {
            List<YearMonth> months = new ArrayList<>(month.getListDataView().getItems().toList());
            months.add(wanted);
            months.sort(Comparator.reverseOrder());
            month.setItems(months);
        }
        month.setValue(wanted);
    }

    private void show(YearMonth chosen) {
        if (chosen == null) {
            return;
        }
        RechargeStatement statement = funding.statement(chosen);
        lines.setItems(statement.lines());
        String sum = pounds(statement.total());
        amountColumn.setFooter(sum);
        total.setText("Total for " + HumanTime.month(chosen) + ": " + sum + " (" + statement.lines().size()
                + (statement.lines().size() == 1 ? " placement)" : " placements)"));
        csv.setHref(csvOf(chosen), AttachmentType.DOWNLOAD);
    }

    /** The CSV is worked out when it is downloaded, from the facts at that moment, like the API's. */
    private DownloadHandler csvOf(YearMonth chosen) {
        return event -> {
            RechargeStatement statement = funding.exportStatement(chosen);
            byte[] bytes = statement.csv().getBytes(StandardCharsets.UTF_8);
            event.setFileName(statement.csvFileName());
            event.setContentType("text/csv;charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    private static Optional<YearMonth> parse(String text) {
        try {
            return Optional.of(FundingService.month(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
