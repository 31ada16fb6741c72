package org.dischargehub.handover.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.dischargehub.handover.ContactCommand;
import org.dischargehub.handover.Handover;
import org.dischargehub.handover.HandoverService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A referred person's contact details, and the handover to the provider delivering their care. */
@RestController
class HandoverApi {

    private final HandoverService handovers;

    HandoverApi(HandoverService handovers) {
        this.handovers = handovers;
    }

    @Operation(summary = "The person's contact details", description = "MDT, COORDINATOR. Empty parts are null.")
    @GetMapping("/api/referrals/{id}/contact")
    ContactCommand contact(@PathVariable String id) {
        return handovers.contact(id);
    }

    @Operation(summary = "Record the person's contact details",
            description = "MDT, COORDINATOR. {address, postcode, phone, nextOfKin: {name, relationship, phone, "
                    + "consentToShare}, gp: {odsCode, name}, communicationNeeds: {largePrint, easyRead, language, "
                    + "interpreter, braille, bsl, audio}, accessDetails, callTimes}, replacing what was recorded. A "
                    + "postcode is a UK postcode's shape, a phone a UK number (0… or +44…), an ODS code a capital "
                    + "letter and five digits, consent to share needs the next of kin's name: else 400 at the field. "
                    + "409 once the referral is closed or cancelled. Audited with the parts that changed.")
    @PutMapping("/api/referrals/{id}/contact")
    ContactCommand recordContact(@PathVariable String id, @RequestBody ContactCommand body) {
        return handovers.recordContact(id, body);
    }

    @Operation(summary = "The handover to the provider delivering the person's care",
            description = "PROVIDER (only once its offer is accepted or a bed in its setting is reserved or occupied, "
                    + "until the placement ends: 403 otherwise, and for any other provider), COORDINATOR. Every "
                    + "view is audited. accessDetails (the key safe) is shown only here.")
    @GetMapping("/api/referrals/{id}/handover")
    Handover handover(@PathVariable String id) {
        return handovers.handover(id);
    }

    @Operation(summary = "The signed-in provider's handovers", description = "PROVIDER. The people whose care it "
            + "delivers now, soonest start first.")
    @GetMapping("/api/handovers")
    List<Handover> mine() {
        return handovers.myHandovers();
    }
}
