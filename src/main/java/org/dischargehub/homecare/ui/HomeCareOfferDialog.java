package org.dischargehub.homecare.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dischargehub.homecare.HomeCareOption;
import org.dischargehub.homecare.OfferRow;
import org.dischargehub.shared.HumanTime;

/**
 * Offers a pathway 1 person's package to one provider or to several at once (the first to accept takes it); a
 * referral page opens it. It lists the providers with the
 * hours free in the person's locality on the start day (fresh first, most free first, stale ones marked) and the
 * offers already made for this person, and fires an {@link OfferRequested} for the page to make the offer through
 * the referral service — the dialog itself changes nothing.
 *
 * <pre>
 * var dialog = new HomeCareOfferDialog(time, need.startDate(), need.hoursPerWeek(),
 *         day -&gt; homeCare.options(id, referral.localityId(), day, need.hoursPerWeek()), homeCare.offersFor(id),
 *         homeCare.maxParallelOffers());
 * dialog.addOfferListener(e -&gt; {
 *     if (Forms.submit(Map.of("startDate", dialog.startDate), () -&gt; referrals.offerHomeCare(id,
 *             new HomeCareAllocations(e.providerCodes(), e.startDate())))) {
 *         dialog.close();
 *     }
 * });
 * dialog.open();
 * </pre>
 */
public class HomeCareOfferDialog extends Dialog {

    /** The providers that could take the package if it started on a day. */
    @FunctionalInterface
    public interface Options {
        List<HomeCareOption> on(LocalDate day);
    }

    public static class OfferRequested extends ComponentEvent<HomeCareOfferDialog> {

        private final List<String> providerCodes;
        private final LocalDate startDate;

        OfferRequested(HomeCareOfferDialog source, List<String> providerCodes, LocalDate startDate) {
            super(source, false);
            this.providerCodes = List.copyOf(providerCodes);
            this.startDate = startDate;
        }

        /** The first provider chosen; the only one when the package goes to one provider. */
        public String providerCode() {
            return providerCodes.get(0);
        }

        public List<String> providerCodes() {
            return providerCodes;
        }

        public LocalDate startDate() {
            return startDate;
        }
    }

    public final DatePicker startDate = new DatePicker("Start date");
    final Grid<HomeCareOption> options = new Grid<>();
    final Grid<OfferRow> earlier = new Grid<>();
    final Button offer = new Button("Choose a provider");

    private final Options source;
    private final int maxProviders;
    private final HumanTime time;

    public HomeCareOfferDialog(HumanTime time, LocalDate start, BigDecimal hoursPerWeek, Options source,
            List<OfferRow> earlierOffers) {
        this(time, start, hoursPerWeek, source, earlierOffers, 1);
    }

    /** Up to {@code maxProviders} providers may be ticked: the package is offered to all of them at once. */
    public HomeCareOfferDialog(HumanTime time, LocalDate start, BigDecimal hoursPerWeek, Options source,
            List<OfferRow> earlierOffers, int maxProviders) {
        this.time = time;
        this.source = source;
        this.maxProviders = maxProviders;
        setHeaderTitle("Offer home care: " + HomeCareText.hours(hoursPerWeek) + " hours a week");
        setWidth("min(56rem, 95vw)");
        startDate.setLocale(Locale.UK);
        startDate.setValue(start);
        startDate.addValueChangeListener(e -> refresh());
        configureOptions();
        configureEarlier(earlierOffers);
        offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        offer.setEnabled(false);
        offer.addClickListener(e -> {
            List<String> chosen = chosen();
            if (!chosen.isEmpty() && chosen.size() <= maxProviders) {
                fireEvent(new OfferRequested(this, chosen, startDate.getValue()));
            }
        });
        VerticalLayout content = new VerticalLayout(startDate, options);
        content.setPadding(false);
        if (!earlierOffers.isEmpty()) {
            content.add(new H4("Offers already made for this person"), earlier);
        }
        add(content);
        getFooter().add(new Button("Close", e -> close()), offer);
        refresh();
    }

    public Registration addOfferListener(ComponentEventListener<OfferRequested> listener) {
        return addListener(OfferRequested.class, listener);
    }

    private void configureOptions() {
        options.addColumn(HomeCareOption::providerCode).setHeader("Provider").setAutoWidth(true);
        options.addColumn(HomeCareOption::providerName).setHeader("Name");
        options.addColumn(o -> HomeCareText.hours(o.hoursFree())).setHeader("Free h/week").setAutoWidth(true);
        options.addComponentColumn(o -> {
            Span freshness = new Span(o.stale() ? "stale · " + HomeCareText.when(time, o.updatedAt())
                    : HomeCareText.when(time, o.updatedAt()));
            if (o.stale()) {
                freshness.addClassName("stale");
            }
            return freshness;
        }).setHeader("Updated").setAutoWidth(true);
        options.addColumn(HomeCareOption::reason).setHeader("Why");
        options.addThemeVariants(GridVariant.LUMO_COMPACT);
        options.setAllRowsVisible(true);
        options.setEmptyStateText("No provider has these hours free in this locality on this day");
        if (maxProviders > 1) {
            options.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        options.addSelectionListener(e -> {
            List<String> chosen = chosen();
            offer.setEnabled(!chosen.isEmpty() && chosen.size() <= maxProviders);
            offer.setText(chosen.isEmpty() ? "Choose a provider"
                    : chosen.size() > maxProviders ? "Choose at most " + maxProviders + " providers"
                    : "Offer to " + String.join(", ", chosen));
        });
    }

    private void configureEarlier(List<OfferRow> earlierOffers) {
        earlier.addColumn(OfferRow::providerCode).setHeader("Provider").setAutoWidth(true);
        earlier.addColumn(o -> o.status().label()).setHeader("Outcome").setAutoWidth(true);
        earlier.addColumn(o -> HomeCareText.when(time, o.offeredAt())).setHeader("Offered").setAutoWidth(true);
        earlier.addColumn(o -> o.reason() == null ? "" : o.reason()).setHeader("Reason");
        earlier.addThemeVariants(GridVariant.LUMO_COMPACT);
        earlier.setAllRowsVisible(true);
        earlier.setItems(earlierOffers);
    }

    private void refresh() {
        options.deselectAll();
        options.setItems(startDate.getValue() == null ? List.of() : source.on(startDate.getValue()));
    }

    /** The providers ticked, in the order shown. */
    private List<String> chosen() {
        return shown().stream().filter(options.getSelectedItems()::contains).map(HomeCareOption::providerCode)
                .toList();
    }

    List<HomeCareOption> shown() {
        return options.getListDataView().getItems().toList();
    }
}
