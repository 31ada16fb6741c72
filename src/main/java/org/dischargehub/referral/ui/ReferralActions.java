package org.dischargehub.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dischargehub.funding.FundingCommands.Decision;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.funding.FundingService;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.homecare.ui.HomeCareOfferDialog;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralAction;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands.BedAllocation;
import org.dischargehub.referral.ReferralCommands.Cancel;
import org.dischargehub.referral.ReferralCommands.Close;
import org.dischargehub.referral.ReferralCommands.Discharge;
import org.dischargehub.referral.ReferralCommands.HomeCareAllocations;
import org.dischargehub.referral.ReferralCommands.NewReadyDate;
import org.dischargehub.referral.ReferralCommands.Reason;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.ActionDialog;
import org.dischargehub.ui.Forms;

/** The buttons for what may happen next to one referral, each opening the dialog that makes it happen. */
class ReferralActions extends FlexLayout {

    final Button triage = new Button("Triage");
    final Button allocateBed = new Button("Allocate a bed");
    final Button arrangeHomeCare = new Button("Arrange home care");
    final Button discharge = new Button("Discharge");
    final Button decideFunding = new Button("Record funding decision");
    final Button close = new Button("Close episode");
    final Button safeAndWellCall = new Button("Record safe-and-well call");
    final Button cancel = new Button("Cancel referral");
    final Button newReadyDate = new Button("New ready date");
    final Button declineReservation = new Button("Decline");

    private final ReferralService referrals;
    private final ReferralCapacityService capacity;
    private final FundingService funding;
    private final HomeCareService homeCare;
    private final Clock clock;
    private final Runnable refresh;
    private Referral referral;
    private String id;

    ReferralActions(ReferralService referrals, ReferralCapacityService capacity, FundingService funding,
            HomeCareService homeCare, Clock clock, Runnable refresh) {
        this.referrals = referrals;
        this.capacity = capacity;
        this.funding = funding;
        this.homeCare = homeCare;
        this.clock = clock;
        this.refresh = refresh;
        configure();
        add(triage, allocateBed, arrangeHomeCare, discharge, decideFunding, close, safeAndWellCall, newReadyDate,
                declineReservation, cancel);
        setFlexWrap(FlexWrap.WRAP);
        addClassName("actions");
    }

    private void configure() {
        triage.setId("action-triage");
        triage.addClickListener(e -> openTriage());
        allocateBed.setId("action-allocate-bed");
        allocateBed.addClickListener(e -> openBedAllocation());
        arrangeHomeCare.setId("action-home-care");
        arrangeHomeCare.addClickListener(e -> openHomeCare());
        discharge.setId("action-discharge");
        discharge.addClickListener(e -> openDischarge());
        decideFunding.setId("action-funding");
        decideFunding.addClickListener(e -> openFundingDecision());
        close.setId("action-close");
        close.addClickListener(e -> openClose());
        safeAndWellCall.setId("action-safe-and-well");
        safeAndWellCall.addClickListener(e -> openSafeAndWellCall());
        cancel.setId("action-cancel");
        cancel.addClickListener(e -> openCancel());
        newReadyDate.setId("action-new-ready-date");
        newReadyDate.addClickListener(e -> openNewReadyDate());
        declineReservation.setId("action-decline-reservation");
        declineReservation.setTooltipText("The home declines the reserved bed");
        declineReservation.addClickListener(e -> openDeclineReservation());
        for (Button button : List.of(triage, allocateBed, arrangeHomeCare, discharge, decideFunding, close,
                safeAndWellCall)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    }

    /** A button shows only for what the referral's lifecycle lets this user do now. */
    void show(Referral shown) {
        this.referral = shown;
        this.id = shown.id();
        Set<ReferralAction> allowed = CurrentUser.get().map(user -> referral.allowedActions(user.role()))
                .orElse(Set.of());
        Map.of(ReferralAction.TRIAGE, triage, ReferralAction.ALLOCATE_BED, allocateBed,
                ReferralAction.OFFER_HOME_CARE, arrangeHomeCare, ReferralAction.DISCHARGE, discharge,
                ReferralAction.DECIDE_FUNDING, decideFunding, ReferralAction.CLOSE, close,
                ReferralAction.CANCEL, cancel, ReferralAction.RECORD_SAFE_AND_WELL_CALL, safeAndWellCall)
                .forEach((action, button) -> button.setVisible(allowed.contains(action)));
        safeAndWellCall.setVisible(safeAndWellCall.isVisible() && referrals.safeAndWellCallDue(id));
        newReadyDate.setVisible(allowed.contains(ReferralAction.RESET_READY_DATE));
        declineReservation.setVisible(allowed.contains(ReferralAction.DECLINE_RESERVATION));
        triage.setText(referral.status() == ReferralStatus.AWAITING_TRIAGE ? "Triage" : "Re-triage");
    }

    private void openTriage() {
        new TriageDialog(referral.fullName(), command -> {
            referrals.triage(id, command);
            Forms.success("Triaged to pathway " + command.pathway());
            refresh.run();
        }).open();
    }

    private void openBedAllocation() {
        Forms.submit(Map.of(), () -> {
            var dialog = new BedAllocationDialog(referral.fullName(), capacity.bedOptions(id), this::reserveBed)
                    .onEscalateNow(this::escalateNoBedFits);
            if (allowed(ReferralAction.ASK_FOR_RETRIAGE)) {
                dialog.onAskForRetriage(this::askForRetriage);
            }
            dialog.open();
        });
    }

    private void escalateNoBedFits(String reason) {
        capacity.escalateNoBedFits(id, reason);
        Forms.success("The hub manager has been told that no bed fits " + referral.fullName());
        refresh.run();
    }

    private void askForRetriage(String reason) {
        capacity.askForRetriage(id, new Reason(reason));
        Forms.success("Sent to the MDT for re-triage");
        refresh.run();
    }

    private void reserveBed(String bedCode) {
        capacity.allocateBed(id, new BedAllocation(bedCode));
        Forms.success("Bed " + bedCode + " reserved for " + referral.fullName());
        refresh.run();
    }

    private void openHomeCare() {
        var need = referral.requirement();
        var dialog = new HomeCareOfferDialog(new HumanTime(clock), need.startDate(), need.hoursPerWeek(),
                day -> homeCare.options(id, referral.stay().localityId(), day, need.hoursPerWeek()),
                        homeCare.offersFor(id), homeCare.maxParallelOffers());
        dialog.addOfferListener(e -> {
            if (Forms.submit(Map.of("startDate", dialog.startDate), () -> capacity.offerHomeCare(id,
                    new HomeCareAllocations(e.providerCodes(), e.startDate())))) {
                dialog.close();
                Forms.success("Offered to " + String.join(", ", e.providerCodes()));
                refresh.run();
            }
        });
        dialog.open();
    }

    private void openDischarge() {
        DatePicker dischargedOn = datePicker("Discharged on", LocalDate.now(clock));
        new ActionDialog("Discharge " + referral.fullName(), "Discharge")
                .field("dischargedOn", dischargedOn)
                .onConfirm(() -> referrals.discharge(id, new Discharge(dischargedOn.getValue())))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private void openFundingDecision() {
        Select<FundingOutcome> outcome = new Select<>();
        outcome.setLabel("Outcome");
        outcome.setItems(FundingOutcome.values());
        outcome.setItemLabelGenerator(FundingOutcome::label);
        DatePicker decidedOn = datePicker("Decided on", LocalDate.now(clock));
        TextArea rationale = textArea("Rationale");
        new ActionDialog("Funding decision for " + referral.fullName(), "Record decision")
                .field("outcome", outcome)
                .field("decidedOn", decidedOn)
                .field("rationale", rationale)
                .onConfirm(() -> funding.decide(id, new Decision(outcome.getValue(), decidedOn.getValue(),
                        rationale.getValue())))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private void openClose() {
        Select<CloseOutcome> outcome = new Select<>();
        outcome.setLabel("Outcome");
        outcome.setItems(CloseOutcome.values());
        outcome.setItemLabelGenerator(ReferralFormat::closeOutcome);
        DatePicker closedOn = datePicker("Closed on", LocalDate.now(clock));
        new ActionDialog("Close the episode of " + referral.fullName(), "Close episode")
                .field("closedOn", closedOn)
                .field("outcome", outcome)
                .onConfirm(() -> referrals.close(id, new Close(closedOn.getValue(), outcome.getValue())))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private void openCancel() {
        TextArea reason = textArea("Reason");
        new ActionDialog("Cancel the referral of " + referral.fullName(), "Cancel referral")
                .explain("Whatever is held for this person is released.")
                .field("reason", reason)
                .onConfirm(() -> referrals.cancel(id, new Cancel(reason.getValue())))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private void openNewReadyDate() {
        DateTimePicker readyAt = new DateTimePicker("New discharge ready date");
        readyAt.setLocale(Locale.UK);
        readyAt.setManualValidation(true);
        TextArea reason = textArea("Reason");
        new ActionDialog("New discharge ready date for " + referral.fullName(), "Set ready date")
                .explain("The delay counts from the new date, and its escalation moves with it.")
                .field("readyToLeaveAt", readyAt)
                .field("reason", reason)
                .onConfirm(() -> referrals.changeReadyDate(id, new NewReadyDate(readyAt.getValue() == null ? null
                        : readyAt.getValue().atZone(clock.getZone()).toInstant(), reason.getValue())))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private void openDeclineReservation() {
        TextArea reason = textArea("Why the home declines");
        new ActionDialog("The home declines the bed of " + referral.fullName(), "Decline")
                .explain("The bed is freed and the person waits for another.")
                .field("reason", reason)
                .onConfirm(() -> capacity.declineReservation(id, new Reason(reason.getValue())))
                .afterSuccess(this::refreshAfter)
                .open();
    }

    private boolean allowed(ReferralAction action) {
        return CurrentUser.get().map(user -> referral.allowedActions(user.role()).contains(action)).orElse(false);
    }

    /** One way to record a call after discharge: on the calls list, where its outcome and re-tries are kept. */
    private void openSafeAndWellCall() {
        getUI().ifPresent(ui -> ui.navigate("calls"));
    }

    private void refreshAfter() {
        Forms.success("Saved");
        refresh.run();
    }

    private DatePicker datePicker(String label, LocalDate value) {
        DatePicker picker = new DatePicker(label, value);
        picker.setLocale(Locale.UK);
        picker.setManualValidation(true);
        return picker;
    }

    private static TextArea textArea(String label) {
        TextArea area = new TextArea(label);
        area.setMaxLength(4000);
        area.setManualValidation(true);
        return area;
    }
}
