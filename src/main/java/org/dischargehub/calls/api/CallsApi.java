package org.dischargehub.calls.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.dischargehub.calls.CallFilter;
import org.dischargehub.calls.CallKind;
import org.dischargehub.calls.CallRow;
import org.dischargehub.calls.CallsService;
import org.dischargehub.calls.OutcomeCommand;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The calls after discharge, for a voluntary-sector partner's callers and the hub's coordinators. */
@RestController
class CallsApi {

    private final CallsService calls;

    CallsApi(CallsService calls) {
        this.calls = calls;
    }

    @Operation(summary = "The calls due now and not yet made, overdue first, then by when each is next due",
            description = "CALLER, COORDINATOR. kind (SAFE_AND_WELL: pathway 0, within 72 hours of discharge; "
                    + "CHECK_IN: pathways 1 to 3, on the check-in day), overdue=true for the overdue only, name for "
                    + "a part of the person's name. Each call has only what the call needs: the name, the phone, "
                    + "the next of kin only if the person consents to sharing (else null), the language, interpreter "
                    + "and needs such as BSL, the discharge day, dueBy, nextTryAt and the earlier attempts; no NHS "
                    + "number and no clinical detail. Each person listed is audited.")
    @GetMapping("/api/calls")
    List<CallRow> due(@RequestParam(required = false) CallKind kind,
            @RequestParam(required = false, defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String name) {
        return calls.due(new CallFilter(kind, overdue, name));
    }

    @Operation(summary = "Record one try at a call",
            description = "CALLER, COORDINATOR. {outcome: WELL, NEEDS_HELP or NOT_REACHED, note}. WELL ends the call; "
                    + "NEEDS_HELP (a note saying what help is required, else 400 at note) ends it and refers the "
                    + "person again, linked to this call (followUpReferralId), for the MDT's triage; if the person "
                    + "still has an open referral, that one is linked and the coordinators are told instead. "
                    + "NOT_REACHED leaves the call due again after the re-try interval; the set number of tries "
                    + "without reaching the person is escalated. A pathway 0 call that reached the person completes "
                    + "the referral's safe-and-well step. 409 when the call is done already or not due yet; 404 for "
                    + "an unknown id. Audited.")
    @PostMapping("/api/calls/{id}/outcome")
    CallRow outcome(@PathVariable String id, @RequestBody OutcomeCommand body) {
        return calls.recordOutcome(id, body);
    }
}
