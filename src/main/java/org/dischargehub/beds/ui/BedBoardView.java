package org.dischargehub.beds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.beds.BedBaseCommands.AdmissionsChange;
import org.dischargehub.beds.BedBaseCommands.AvailabilityChange;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedHolders;
import org.dischargehub.beds.BedRow;
import org.dischargehub.beds.BedStatus;
import org.dischargehub.beds.BedType;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.Role;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.GridCsv;
import org.dischargehub.ui.LiveUpdates;
import org.dischargehub.ui.PrintButton;

/** Every setting and bed of the shared bed base in one view, by tier and locality, updated live. */
@Route("beds")
@Menu(title = "Bed board", order = 70, icon = "vaadin:bed")
@PageTitle("Bed board | Discharge Hub")
@RolesAllowed({"COORDINATOR", "MANAGER", "MDT", "PROVIDER"})
public class BedBoardView extends VerticalLayout {

    final Select<BedType> type = new Select<>();
    final ComboBox<Locality> locality = new ComboBox<>("Locality");
    final Select<BedStatus> status = new Select<>();
    final Grid<TierCount> counts = new Grid<>(TierCount.class, false);
    final Grid<BedRow> beds = new Grid<>(BedRow.class, false);
    final Span summary = new Span();
    final Grid<BedRow> settings = new Grid<>(BedRow.class, false);

    private final BedBaseService bedBase;
    private final BedHolders holders;
    private final boolean canChange;
    private Map<String, String> holderNames = Map.of();

    public BedBoardView(BedBaseService bedBase, BedHolders holders, DirectoryService directory, LiveUpdates live,
            AuditService audit) {
        this.bedBase = bedBase;
        this.holders = holders;
        this.canChange = CurrentUser.hasRole(Role.COORDINATOR) || CurrentUser.hasRole(Role.PROVIDER);
        addClassName("bed-board");
        setSizeFull();
        type.setId("bed-type");
        locality.setId("bed-locality");
        status.setId("bed-status");
        counts.setId("bed-counts");
        beds.setId("bed-grid");
        summary.setId("bed-summary");
        configureFilters(directory);
        configureCounts();
        configureBeds();
        HorizontalLayout filters = new HorizontalLayout(type, locality, status);
        filters.setWrap(true);
        HorizontalLayout export = new HorizontalLayout(GridCsv.download(beds, "bed-csv", "every bed shown", "beds",
                        (rows, file) -> audit.exported("BED", null, rows.stream().filter(r -> r.referralId() != null)
                                .map(r -> AuditSubject.referral(r.referralId())).toList(), file)),
                PrintButton.forGrid(beds, "bed-print", "the bed state"));
        export.addClassName("list-export");
        add(new H2("Bed board"), summary, filters, new H3("Beds by tier and type"), counts, new H3("Every bed"),
                export, beds);
        if (canChange) {
            configureSettings();
            add(new H3("Admissions by setting"), settings);
        }
        live.subscribe(this, this::refresh);
        refresh();
    }

    record TierCount(int tier, BedType type, long available, long reserved, long occupied, long closed) {
        long total() {
            return available + reserved + occupied + closed;
        }
    }

    private void configureFilters(DirectoryService directory) {
        type.setLabel("Type");
        type.setItems(BedType.values());
        type.setItemLabelGenerator(t -> t == null ? "All types" : t.label());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All types");
        type.addValueChangeListener(e -> refresh());
        locality.setItems(directory.localities());
        locality.setItemLabelGenerator(l -> l.code() + " · " + l.name());
        locality.setClearButtonVisible(true);
        locality.addValueChangeListener(e -> refresh());
        status.setLabel("Status");
        status.setItems(BedStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status"
                : s.name().charAt(0) + s.name().substring(1).toLowerCase());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.addValueChangeListener(e -> refresh());
    }

    private void configureCounts() {
        counts.addColumn(TierCount::tier).setHeader("Tier").setSortable(true).setAutoWidth(true);
        counts.addColumn(c -> c.type().label()).setHeader("Type").setSortable(true)
                .setComparator(TierCount::type);
        counts.addColumn(TierCount::available).setHeader("Available").setSortable(true);
        counts.addColumn(TierCount::reserved).setHeader("Reserved");
        counts.addColumn(TierCount::occupied).setHeader("Occupied");
        counts.addColumn(TierCount::closed).setHeader("Closed");
        counts.addColumn(TierCount::total).setHeader("Total");
        counts.addThemeVariants(GridVariant.LUMO_COMPACT);
        counts.setAllRowsVisible(true);
        counts.setEmptyStateText("No beds match these filters");
    }

    private void configureBeds() {
        GridCsv.addColumn(beds, BedRow::tier).setHeader("Tier").setSortable(true).setAutoWidth(true);
        GridCsv.addColumn(beds, BedRow::locality).setHeader("Locality").setSortable(true).setAutoWidth(true);
        GridCsv.addColumn(beds, b -> b.settingName() + (b.designatedForInfection() ? " (designated)" : "")
                + (b.settingAccepting() ? "" : " — closed to admissions")).setHeader("Setting").setSortable(true);
        GridCsv.addColumn(beds, BedRow::bedCode).setHeader("Bed").setSortable(true).setAutoWidth(true);
        GridCsv.addColumn(beds, b -> b.type().label()).setHeader("Type").setSortable(true);
        GridCsv.text(beds.addColumn(statusBadge()), b -> b.status().name().toLowerCase()).setHeader("Status").setComparator(BedRow::status).setAutoWidth(true);
        GridCsv.text(beds.addColumn(holder()), this::holderText).setHeader("Held for");
        if (canChange) {
            beds.addColumn(actions()).setHeader("").setAutoWidth(true);
        }
        beds.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        beds.setEmptyStateText("No beds match these filters");
        beds.setMultiSort(true);
        beds.setHeight("60vh");
    }

    /** A status badge rendered in the browser: no server-side component per row. */
    private static LitRenderer<BedRow> statusBadge() {
        return LitRenderer.<BedRow>of("<span theme=\"badge ${item.theme}\" class=\"bed-status-${item.status}\""
                        + " title=\"${item.reason}\">${item.status}</span>")
                .withProperty("status", b -> b.status().name().toLowerCase())
                .withProperty("theme", b -> switch (b.status()) {
                    case AVAILABLE -> "success";
                    case CLOSED -> "error";
                    case RESERVED -> "contrast";
                    default -> "";
                })
                .withProperty("reason", b -> b.closeReason() == null ? "" : b.closeReason());
    }

    /** Whom a bed is held for: a link to the referral (plain text for providers), or why it is closed. */
    private LitRenderer<BedRow> holder() {
        boolean link = !CurrentUser.hasRole(Role.PROVIDER);
        return LitRenderer.<BedRow>of("${item.href ? html`<a href=\"${item.href}\">${item.text}</a>`"
                        + " : html`<span>${item.text}</span>`}")
                .withProperty("href", b -> link && b.referralId() != null ? "referrals/" + b.referralId() : "")
                .withProperty("text", this::holderText);
    }

    private String holderText(BedRow b) {
        return b.referralId() == null ? (b.closeReason() == null ? "" : b.closeReason())
                : holderNames.getOrDefault(b.referralId(), b.referralId());
    }

    /** Close/reopen the bed, as a button rendered in the browser; the setting's admissions are changed below. */
    private LitRenderer<BedRow> actions() {
        return LitRenderer.<BedRow>of("<span class=\"bed-actions\" style=\"display:flex;flex-wrap:wrap\">"
                        + "${item.bedAction ? html`<vaadin-button theme=\"small tertiary\" @click=${bedAction}>"
                        + "${item.bedAction}</vaadin-button>` : ''}</span>")
                .withProperty("bedAction", b -> switch (b.status()) {
                    case AVAILABLE -> "Close bed";
                    case CLOSED -> "Reopen";
                    case RESERVED -> "Decline";
                    default -> "";
                })
                .withFunction("bedAction", this::changeBed);
    }

    /**
     * One row per setting shown, apart from the beds: closing a whole setting to admissions is not an everyday action
     * and is asked for with a reason, so it never sits beside a bed's button.
     */
    private void configureSettings() {
        settings.setId("setting-admissions");
        settings.addColumn(BedRow::settingName).setHeader("Setting").setSortable(true);
        settings.addColumn(BedRow::locality).setHeader("Locality").setAutoWidth(true);
        settings.addColumn(b -> b.settingAccepting() ? "Taking admissions" : "Closed to admissions")
                .setHeader("Admissions").setAutoWidth(true);
        settings.addColumn(LitRenderer.<BedRow>of("<vaadin-button theme=\"small ${item.theme}\" @click=${change}>"
                        + "${item.label}</vaadin-button>")
                        .withProperty("label", b -> b.settingAccepting() ? "Close to admissions…" : "Open to admissions")
                        .withProperty("theme", b -> b.settingAccepting() ? "error tertiary" : "tertiary")
                        .withFunction("change", this::changeSetting))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        settings.addThemeVariants(GridVariant.LUMO_COMPACT);
        settings.setAllRowsVisible(true);
        settings.setEmptyStateText("No settings match these filters");
    }

    private void changeBed(BedRow bed) {
        if (bed.status() == BedStatus.AVAILABLE) {
            askReason("Close bed " + bed.bedCode(), reason ->
                    bedBase.changeBedAvailability(bed.bedCode(), new AvailabilityChange(false, reason)));
        } else if (bed.status() == BedStatus.RESERVED) {
            askReason("Decline the reservation of bed " + bed.bedCode(), reason ->
                    holders.declineReservation(bed.referralId(), reason));
        } else if (bed.status() == BedStatus.CLOSED) {
            Forms.submit(Map.of(), () ->
                    bedBase.changeBedAvailability(bed.bedCode(), new AvailabilityChange(true, null)));
        }
    }

    private void changeSetting(BedRow bed) {
        if (bed.settingAccepting()) {
            askReason("Close " + bed.settingName() + " to admissions", reason ->
                    bedBase.changeAdmissions(bed.settingCode(), new AdmissionsChange(false, reason)));
        } else {
            Forms.submit(Map.of(), () ->
                    bedBase.changeAdmissions(bed.settingCode(), new AdmissionsChange(true, "reopened")));
        }
    }

    private void askReason(String title, java.util.function.Consumer<String> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextField reason = new TextField("Reason");
        reason.setId("bed-reason");
        reason.setMaxLength(4000);
        reason.setWidthFull();
        Button confirm = new Button("Confirm", e -> {
            if (Forms.submit(Map.of("reason", reason), () -> action.accept(reason.getValue()))) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("bed-reason-confirm");
        dialog.add(reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private void refresh() {
        List<BedRow> rows = bedBase.beds(status.getValue(), type.getValue(),
                locality.getValue() == null ? null : locality.getValue().code());
        Set<String> holderIds = rows.stream().map(BedRow::referralId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        holderNames = holderIds.isEmpty() ? Map.of() : holders.describe(holderIds);
        beds.setItems(rows);
        settings.setItems(rows.stream().collect(Collectors.toMap(BedRow::settingCode, b -> b, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList());
        counts.setItems(count(rows));
        long available = rows.stream().filter(b -> b.status() == BedStatus.AVAILABLE).count();
        summary.setText(rows.size() + " beds shown · " + available + " available");
    }

    private static List<TierCount> count(List<BedRow> rows) {
        Map<String, List<BedRow>> groups = new TreeMap<>(rows.stream()
                .collect(Collectors.groupingBy(b -> b.tier() + ":" + b.type().name())));
        return groups.values().stream().map(group -> new TierCount(group.get(0).tier(), group.get(0).type(),
                        group.stream().filter(b -> b.status() == BedStatus.AVAILABLE).count(),
                        group.stream().filter(b -> b.status() == BedStatus.RESERVED).count(),
                        group.stream().filter(b -> b.status() == BedStatus.OCCUPIED).count(),
                        group.stream().filter(b -> b.status() == BedStatus.CLOSED).count()))
                .sorted(Comparator.comparing(TierCount::tier).thenComparing(TierCount::type))
                .toList();
    }
}
