package org.dischargehub.forecast.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dischargehub.beds.SettingRow;
import org.dischargehub.forecast.ForecastAsk;
import org.dischargehub.shared.InvalidInputException;

/**
 * A scenario's outbreak: a care setting closed to admissions from a day for a number of days. Offers the settings of
 * the locality chosen (all when none); no setting chosen, no closure.
 */
class OutbreakClosure extends HorizontalLayout {

    static final int DEFAULT_DAYS = 14;

    final ComboBox<SettingRow> setting = new ComboBox<>("Setting closed for an outbreak");
    final DatePicker from = new DatePicker("Closed from");
    final IntegerField days = new IntegerField("Days closed");
    private final List<SettingRow> settings;

    OutbreakClosure(List<SettingRow> settings, LocalDate nextMonday) {
        this.settings = List.copyOf(settings);
        setting.setId("forecast-close-setting");
        setting.setItemLabelGenerator(s -> s.name() + " (" + s.locality() + ")");
        setting.setItems(this.settings);
        setting.setClearButtonVisible(true);
        setting.setPlaceholder("None");
        from.setId("forecast-close-from");
        from.setLocale(Locale.UK);
        from.setValue(nextMonday);
        from.setHelperText("Its open beds take no one new");
        days.setId("forecast-close-days");
        days.setMin(1);
        days.setMax(ForecastAsk.LONGEST_CLOSURE_DAYS);
        days.setValue(DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(setting, from, days);
    }

    /** Offers only the settings in {@code locality} (all when null), and forgets a choice outside it. */
    void inLocality(String locality) {
        List<SettingRow> offered = settings.stream().filter(s -> locality == null || s.locality().equals(locality))
                .toList();
        SettingRow chosen = setting.getValue();
        setting.setItems(offered);
        if (chosen != null && offered.contains(chosen)) {
            setting.setValue(chosen);
        }
    }

    /**
     * The closure asked for, or null when no setting is chosen. A day left empty or not understood is refused here
     * (the screen never falls back to next Monday unasked); empty days are passed on to be refused.
     */
    ForecastAsk.Closed value() {
        SettingRow chosen = setting.getValue();
        if (chosen == null) {
            return null;
        }
        if (from.getValue() == null) {
            throw InvalidInputException.of("closeFrom", "the first day closed, like 7/12/2026");
        }
        Integer closedDays = days.getValue();
        return new ForecastAsk.Closed(chosen.code(), from.getValue(), closedDays == null ? 0 : closedDays);
    }
}
