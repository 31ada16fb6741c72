package org.dischargehub.beds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedBaseCommands.AvailabilityChange;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedHolders;
import org.dischargehub.beds.BedRow;
import org.dischargehub.beds.BedStatus;
import org.dischargehub.security.HubUser;
import org.dischargehub.shared.HubChange.BedsChanged;
import org.dischargehub.ui.ActionDialog;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.LiveUpdates;

/**
 * A bed-based provider's own settings, made for a phone: each setting's beds free, reserved, occupied and closed, a
 * bed closed (with a reason) or reopened in one tap, and the way to the setting's status return. Updated live.
 */
@Route("my-beds")
@Menu(title = "My beds", order = 65, icon = "vaadin:bed")
@PageTitle("My beds | Discharge Hub")
@RolesAllowed(HubUser.BED_BASED_PROVIDER)
public class MyBedsView extends VerticalLayout {

    final Div settings = new Div();

    private final BedBaseService bedBase;
    private final BedHolders holders;

    public MyBedsView(BedBaseService bedBase, BedHolders holders, LiveUpdates live) {
        this.bedBase = bedBase;
        this.holders = holders;
        addClassNames("provider-page", "my-beds");
        settings.setId("my-settings");
        settings.setWidthFull();
        add(new H2("My beds"), new Paragraph("Close a bed for a deep clean or repair, reopen it when it is ready: "
                + "the hub offers only free beds in settings open to admissions."), settings);
        live.subscribe(this, change -> change instanceof BedsChanged, this::refresh);
        refresh();
    }

    private void refresh() {
        settings.removeAll();
        List<BedRow> rows = bedBase.beds(null, null, null);
        if (rows.isEmpty()) {
            settings.add(new Paragraph("None of your settings has beds on the hub yet. The hub's manager adds them."));
            return;
        }
        Set<String> holderIds = rows.stream().map(BedRow::referralId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> names = holderIds.isEmpty() ? Map.of() : holders.describe(holderIds);
        Map<String, List<BedRow>> bySetting = rows.stream().collect(Collectors.groupingBy(BedRow::settingCode,
                LinkedHashMap::new, Collectors.toList()));
        bySetting.values().forEach(beds -> settings.add(setting(beds, names)));
    }

    private Component setting(List<BedRow> beds, Map<String, String> names) {
        BedRow first = beds.get(0);
        Div section = new Div();
        section.addClassName("my-setting");
        section.setId("setting-" + first.settingCode());
        section.add(new H3(first.settingName()));
        if (!first.settingAccepting()) {
            Span closed = new Span("Closed to admissions");
            closed.addClassName("my-setting-closed");
            section.add(closed);
        }
        Div counts = new Div(count(beds, BedStatus.AVAILABLE, "free"), count(beds, BedStatus.RESERVED, "reserved"),
                count(beds, BedStatus.OCCUPIED, "occupied"), count(beds, BedStatus.CLOSED, "closed"));
        counts.addClassName("my-bed-counts");
        counts.setId("counts-" + first.settingCode());
        section.add(counts);
        beds.stream().sorted(Comparator.comparing(BedRow::bedCode))
                .forEach(bed -> section.add(bedRow(bed, names)));
        Anchor statusReturn = new Anchor("my-status?setting=" + first.settingCode(), "Send this setting's status return");
        statusReturn.addClassName("my-setting-return");
        section.add(statusReturn);
        return section;
    }

    private static Component count(List<BedRow> beds, BedStatus status, String label) {
        long count = beds.stream().filter(b -> b.status() == status).count();
        Span number = new Span(String.valueOf(count));
        number.addClassName("my-bed-count-number");
        Div tile = new Div(number, new Span(label));
        tile.addClassNames("my-bed-count", "my-bed-count-" + label);
        return tile;
    }

    private Component bedRow(BedRow bed, Map<String, String> names) {
        Div row = new Div();
        row.addClassName("my-bed");
        row.setId("bed-" + bed.bedCode());
        Span code = new Span(bed.bedCode());
        code.addClassName("my-bed-code");
        Span state = new Span(describe(bed, names));
        state.addClassNames("my-bed-state", "my-bed-state-" + bed.status().name().toLowerCase());
        Div text = new Div(code, state);
        text.addClassName("my-bed-text");
        row.add(text);
        if (bed.status() == BedStatus.AVAILABLE) {
            row.add(action("Close", "close-" + bed.bedCode(), () -> close(bed)));
        } else if (bed.status() == BedStatus.CLOSED) {
            row.add(action("Reopen", "reopen-" + bed.bedCode(), () -> reopen(bed)));
        }
        return row;
    }

    private static String describe(BedRow bed, Map<String, String> names) {
        String type = bed.type().label();
        return switch (bed.status()) {
            case AVAILABLE -> type + " · free";
            case RESERVED -> type + " · reserved for " + names.getOrDefault(bed.referralId(), "a person");
            case OCCUPIED -> type + " · occupied by " + names.getOrDefault(bed.referralId(), "a person");
            case CLOSED -> type + " · closed" + (bed.closeReason() == null ? "" : ": " + bed.closeReason());
        };
    }

    private static Button action(String caption, String id, Runnable onClick) {
        Button button = new Button(caption, e -> onClick.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.addClassName("my-bed-action");
        return button;
    }

    private void close(BedRow bed) {
        TextField reason = new TextField("Reason");
        reason.setId("bed-reason");
        reason.setMaxLength(4000);
        reason.setPlaceholder("Deep clean, repair…");
        ActionDialog dialog = new ActionDialog("Close bed " + bed.bedCode(), "Close bed")
                .field("reason", reason)
                .onConfirm(() -> bedBase.changeBedAvailability(bed.bedCode(),
                        new AvailabilityChange(false, reason.getValue())))
                .afterSuccess(() -> {
                    Forms.success("Bed " + bed.bedCode() + " closed");
                    refresh();
                });
        dialog.confirm.setId("bed-reason-confirm");
        dialog.open();
        reason.focus();
    }

    private void reopen(BedRow bed) {
        if (Forms.submit(Map.of(), () -> bedBase.changeBedAvailability(bed.bedCode(),
                new AvailabilityChange(true, null)))) {
            Forms.success("Bed " + bed.bedCode() + " reopened");
            refresh();
        }
    }
}
