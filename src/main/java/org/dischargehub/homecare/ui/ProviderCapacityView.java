package org.dischargehub.homecare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.homecare.CapacityRow;
import org.dischargehub.homecare.HomeCareCapacityService;
import org.dischargehub.homecare.HomeCareCommands.CapacityPosting;
import org.dischargehub.homecare.HomeCareCommands.CopyDay;
import org.dischargehub.homecare.HomeCareCommands.CopyWeek;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.security.HubUser;
import org.dischargehub.shared.HubChange.HomeCareChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.LiveUpdates;

/**
 * A home-care provider's own capacity, made for a phone: today and the next 14 days in one locality at a time, each
 * day editable, and a day or a week copied forward in one action.
 */
@Route("my-capacity")
@Menu(title = "My capacity", order = 100, icon = "vaadin:calendar-clock")
@PageTitle("My capacity | Discharge Hub")
@RolesAllowed(HubUser.HOME_CARE_PROVIDER)
public class ProviderCapacityView extends VerticalLayout implements BeforeEnterObserver {

    static final int DAYS_SHOWN = 15;

    final Select<Locality> locality = new Select<>();
    final Div days = new Div();
    final Button copyDay = new Button("Copy a day forward");
    final Button copyWeek = new Button("Copy a week forward");

    private final HomeCareCapacityService homeCare;
    private final Provider provider;
    private final HumanTime time;

    public ProviderCapacityView(HomeCareCapacityService homeCare, DirectoryService directory, LiveUpdates live,
            HomeCareService offers, Clock clock) {
        this.homeCare = homeCare;
        this.time = new HumanTime(clock);
        this.provider = homeCare.myProvider();
        addClassName("provider-page");
        add(new H2("My capacity"));
        if (provider.kind() != ProviderKind.HOME_CARE) {
            add(new Paragraph(provider.name() + " is a bed-based provider: home-care capacity is posted by home-care "
                    + "providers only."));
            return;
        }
        add(new OpenOffersPanel(offers, clock, live), new H3("Capacity you post"));
        add(new Paragraph("Hours per week of new packages " + provider.name()
                + " can start each day. The hub sees figures older than 24 hours as stale."));
        configureLocality(directory.localities(), homeCare.myLocalities());
        days.addClassName("capacity-days");
        copyDay.addClickListener(e -> copyDayDialog());
        copyWeek.addClickListener(e -> copyWeekDialog());
        copyDay.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copyWeek.addThemeVariants(ButtonVariant.LUMO_SMALL);
        FlexLayout actions = new FlexLayout(copyDay, copyWeek);
        actions.addClassName("capacity-actions");
        add(locality, actions, days);
        live.subscribe(this, change -> change instanceof HomeCareChanged, this::refresh);
        refresh();
    }

    /** {@code ?locality=CODE} opens the page on that locality. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (provider.kind() != ProviderKind.HOME_CARE) {
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("locality").ifPresent(code -> locality
                .getListDataView().getItems().filter(l -> l.code().equals(code)).findFirst()
                .ifPresent(locality::setValue));
    }

    private void configureLocality(List<Locality> all, List<String> served) {
        locality.setLabel("Locality");
        locality.setWidthFull();
        locality.setItems(all.stream()
                .sorted(Comparator.comparing((Locality l) -> !served.contains(l.code())).thenComparing(Locality::code))
                .toList());
        locality.setItemLabelGenerator(l -> l.code() + " · " + l.name()
                + (served.contains(l.code()) ? "" : " (nothing posted yet)"));
        if (!all.isEmpty()) {
            locality.setValue(all.stream().filter(l -> served.contains(l.code())).findFirst().orElse(all.get(0)));
        }
        locality.addValueChangeListener(e -> refresh());
    }

    private void refresh() {
        days.removeAll();
        if (locality.getValue() == null) {
            return;
        }
        LocalDate today = homeCare.today();
        Map<LocalDate, CapacityRow> posted = homeCare.myCapacity(today, DAYS_SHOWN).stream()
                .filter(r -> r.locality().equals(locality.getValue().code()))
                .collect(Collectors.toMap(CapacityRow::date, Function.identity()));
        for (int i = 0; i < DAYS_SHOWN; i++) {
            LocalDate day = today.plusDays(i);
            days.add(dayRow(day, posted.get(day), i == 0));
        }
    }

    private Component dayRow(LocalDate day, CapacityRow row, boolean today) {
        Div line = new Div();
        line.addClassName("capacity-day");
        line.setId("day-" + locality.getValue().code() + "-" + day);
        Span date = new Span(HomeCareText.day(day) + (today ? " · today" : ""));
        date.addClassName("capacity-day-date");
        Span hours = new Span(row == null ? "Not posted" : HomeCareText.hours(row.hoursPosted()) + " h/week");
        hours.addClassName("capacity-day-hours");
        Button edit = new Button("Edit", e -> editDialog(day, row));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        line.add(date, hours, edit);
        if (row != null) {
            Span detail = new Span("booked " + HomeCareText.hours(row.hoursBooked()) + " · on offer "
                    + HomeCareText.hours(row.hoursOffered()) + " · free " + HomeCareText.hours(row.hoursFree()));
            detail.addClassName("capacity-day-detail");
            line.add(detail);
            if (row.stale()) {
                Span stale = new Span("Stale: last updated " + HomeCareText.when(time, row.updatedAt()));
                stale.addClassNames("stale", "capacity-day-detail");
                line.add(stale);
            }
        }
        return line;
    }

    private void editDialog(LocalDate day, CapacityRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(HomeCareText.day(day) + " in " + locality.getValue().code());
        BigDecimalField hours = new BigDecimalField("Hours per week of new packages");
        hours.setId("hours-per-week");
        hours.setWidthFull();
        if (row != null) {
            hours.setValue(row.hoursPosted());
            hours.setHelperText("Booked " + HomeCareText.hours(row.hoursBooked()) + ", on offer "
                    + HomeCareText.hours(row.hoursOffered()) + ": no less than "
                    + HomeCareText.hours(row.hoursBooked().add(row.hoursOffered())));
        }
        Button save = new Button("Save", e -> {
            if (Forms.submit(Map.of("hoursPerWeek", hours), () -> homeCare.postCapacity(provider.code(), day,
                    new CapacityPosting(locality.getValue().code(), hours.getValue())))) {
                dialog.close();
                Forms.success("Capacity for " + HomeCareText.day(day) + " saved");
                refresh();
            }
        });
        open(dialog, save, hours);
        hours.focus();
    }

    private void copyDayDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Copy a day forward");
        LocalDate today = homeCare.today();
        DatePicker from = new DatePicker("Day to copy", today);
        DatePicker through = new DatePicker("Copy to every day through", today.plusDays(DAYS_SHOWN - 1L));
        from.setLocale(Locale.UK);
        through.setLocale(Locale.UK);
        Button copy = new Button("Copy", e -> {
            if (Forms.submit(Map.of("day", from, "through", through), () -> homeCare.copyDayForward(provider.code(),
                    new CopyDay(locality.getValue().code(), from.getValue(), through.getValue())))) {
                dialog.close();
                Forms.success("Copied");
                refresh();
            }
        });
        open(dialog, copy, from, through);
    }

    private void copyWeekDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Copy a week forward");
        DatePicker first = new DatePicker("First day of the week to copy", homeCare.today());
        first.setLocale(Locale.UK);
        first.setHelperText("Its seven days are posted again on the seven days after them");
        Button copy = new Button("Copy", e -> {
            if (Forms.submit(Map.of("firstDay", first), () -> homeCare.copyWeekForward(provider.code(),
                    new CopyWeek(locality.getValue().code(), first.getValue())))) {
                dialog.close();
                Forms.success("Week copied");
                refresh();
            }
        });
        open(dialog, copy, first);
    }

    private static void open(Dialog dialog, Button confirm, Component... fields) {
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout content = new VerticalLayout(fields);
        content.setPadding(false);
        dialog.add(content);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }
}
