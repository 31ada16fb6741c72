package org.dischargehub.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.dischargehub.audit.AuditEntry;
import org.dischargehub.audit.AuditFilter;
import org.dischargehub.audit.AuditService;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.SearchableGrid;

/** Who saw or changed whose record: a manager searches the audit by person, user and period, and exports it. */
@Route("audit")
@Menu(title = "Audit", order = 230, icon = "vaadin:eye")
@PageTitle("Audit | Discharge Hub")
@RolesAllowed("MANAGER")
public class AuditView extends VerticalLayout {

    final TextField nhsNumber = new TextField("NHS number");
    final TextField user = new TextField("User");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Button search = new Button("Search");
    final Anchor csv = new Anchor();
    final SearchableGrid<AuditEntry> entries = new SearchableGrid<>(AuditEntry.class,
            e -> String.join(" ", e.action(), e.recordType(), String.valueOf(e.recordId()),
                    String.valueOf(e.detail()), e.remoteAddress()));
    private final AuditService audit;
    private final HumanTime time;

    public AuditView(AuditService audit, Clock clock) {
        this.audit = audit;
        this.time = new HumanTime(clock);
        nhsNumber.setId("audit-nhs-number");
        nhsNumber.setMaxLength(12);
        user.setId("audit-user");
        user.setMaxLength(100);
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> search());
        csv.setId("audit-csv");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span("Export CSV"));
        csv.setHref(export(), AttachmentType.DOWNLOAD);
        entries.grid.setId("audit-entries");
        entries.grid.addColumn(e -> time.dateTime(e.at())).setHeader("When").setAutoWidth(true);
        entries.grid.addColumn(AuditEntry::username).setHeader("User").setSortable(true).setAutoWidth(true);
        entries.grid.addColumn(AuditEntry::role).setHeader("Role").setAutoWidth(true);
        entries.grid.addColumn(AuditEntry::action).setHeader("Action").setSortable(true).setAutoWidth(true);
        entries.grid.addColumn(AuditEntry::recordType).setHeader("Record").setAutoWidth(true);
        entries.grid.addColumn(AuditEntry::nhsNumber).setHeader("NHS number").setAutoWidth(true);
        entries.grid.addColumn(AuditEntry::detail).setHeader("Detail").setFlexGrow(2);
        entries.grid.addColumn(AuditEntry::remoteAddress).setHeader("From").setAutoWidth(true);
        entries.grid.setEmptyStateText("Nothing in the audit matches this search");
        add(new H2("Audit"), new Paragraph("Every view, change and export of a person's record, and every refusal. "
                        + "Searching and exporting are recorded too."),
                new FormLayout(nhsNumber, user, from, to, search), csv, entries.search, entries.grid);
        search();
    }

    private void search() {
        Forms.submit(Map.of("nhsNumber", nhsNumber, "username", user, "to", to),
                () -> entries.setItems(audit.search(filter())));
    }

    private AuditFilter filter() {
        return new AuditFilter(nhsNumber.getValue(), user.getValue(), from.getValue(), to.getValue());
    }

    /** The CSV is read when it is downloaded, with the filters as they are then. */
    private DownloadHandler export() {
        return event -> {
            byte[] bytes = audit.exportCsv(filter()).getBytes(StandardCharsets.UTF_8);
            event.setFileName("audit.csv");
            event.setContentType("text/csv;charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }
}
