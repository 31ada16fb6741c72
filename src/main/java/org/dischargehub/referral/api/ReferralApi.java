package org.dischargehub.referral.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dischargehub.funding.FundingService;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralCommands.Cancel;
import org.dischargehub.referral.ReferralCommands.Close;
import org.dischargehub.referral.ReferralCommands.DelayReasonChange;
import org.dischargehub.referral.ReferralCommands.Discharge;
import org.dischargehub.referral.ReferralCommands.NewReadyDate;
import org.dischargehub.referral.ReferralCommands.NewReferral;
import org.dischargehub.referral.ReferralCommands.Triage;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.Pathway;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/referrals")
class ReferralApi {

    private final ReferralService referrals;
    private final FundingService funding;

    ReferralApi(ReferralService referrals, FundingService funding) {
        this.referrals = referrals;
        this.funding = funding;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer a person who is ready to leave", description = """
            MDT, COORDINATOR. 409 when the person (the NHS number) already has an open referral, neither closed nor \
            cancelled: the problem's `existingReferralId` names it, and nothing is created. A person whose earlier \
            referrals all ended is referred again, and the new referral's `previousReferralIds` lists them.""")
    ReferralJson receive(@RequestBody NewReferral body) {
        return full(referrals.receive(body));
    }

    @GetMapping("/{id}")
    ReferralJson get(@PathVariable String id) {
        return ReferralJson.of(referrals.record(id));
    }

    @GetMapping
    @Operation(summary = "Referrals by status and pathway, oldest first", description = """
            Without `size`, every referral that matches. With `size` (1 to 1000), one page of that many, `page` \
            counting from 0, and the header `X-Total-Count` gives how many match in all: the way to read a long \
            history without loading all of it at once.""")
    ResponseEntity<List<ReferralJson>> list(
            @Parameter(schema = @Schema(implementation = ReferralStatus.class)) @RequestParam(required = false)
            String status,
            @Parameter(schema = @Schema(type = "integer", minimum = "0", maximum = "3")) @RequestParam(required = false)
            String pathway,
            @Parameter(example = "0", schema = @Schema(type = "integer", minimum = "0")) @RequestParam(required = false)
            String page,
            @Parameter(example = "100", schema = @Schema(type = "integer", minimum = "1", maximum = "1000"))
            @RequestParam(required = false) String size) {
        ReferralStatus wanted = parseStatus(status);
        Pathway wantedPathway = parsePathway(pathway);
        Pageable paging = parsePaging(page, size);
        Page<Referral> found = referrals.list(wanted, wantedPathway, paging);
        Map<Long, String> localities = referrals.localityCodes();
        List<ReferralJson> body = found.getContent().stream()
                .map(r -> ReferralJson.of(r, localities.get(r.stay().localityId()), fundedEnd(r), null, null))
                .toList();
        return paging.isPaged()
                ? ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.getTotalElements())).body(body)
                : ResponseEntity.ok(body);
    }

    @PostMapping("/{id}/triage")
    ReferralJson triage(@PathVariable String id, @RequestBody Triage body) {
        return full(referrals.triage(id, body));
    }

    @Operation(summary = "Set a new discharge ready date",
            description = "MDT. {readyToLeaveAt, reason}, before discharge only (409 after). The delay, its "
                    + "escalation and the dashboard's delayed days count from the new date; the reset is kept.")
    @PutMapping("/{id}/ready-to-leave")
    ReferralJson readyToLeave(@PathVariable String id, @RequestBody NewReadyDate body) {
        return full(referrals.changeReadyDate(id, body));
    }

    @PostMapping("/{id}/discharge")
    ReferralJson discharge(@PathVariable String id, @RequestBody Discharge body) {
        return full(referrals.discharge(id, body));
    }

    @PostMapping("/{id}/close")
    ReferralJson close(@PathVariable String id, @RequestBody Close body) {
        return full(referrals.close(id, body));
    }

    @PostMapping("/{id}/cancel")
    ReferralJson cancel(@PathVariable String id, @RequestBody Cancel body) {
        return full(referrals.cancel(id, body));
    }

    @PutMapping("/{id}/delay-reason")
    ReferralJson delayReason(@PathVariable String id, @RequestBody DelayReasonChange body) {
        return full(referrals.changeDelayReason(id, body));
    }

    /** The answer to a change: the whole record as it stands after it. */
    private ReferralJson full(Referral changed) {
        return ReferralJson.of(referrals.recordAfterChange(changed));
    }

    private java.time.LocalDate fundedEnd(Referral referral) {
        return referral.dischargedOn() == null ? null : funding.fundedPeriodEnd(referral.dischargedOn());
    }

    private static ReferralStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReferralStatus.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "not a referral status");
        }
    }

    private static Pageable parsePaging(String page, String size) {
        if (size == null || size.isBlank()) {
            if (page != null && !page.isBlank()) {
                throw InvalidInputException.of("size", "give a page size, 1 to 1000, to read the list page by page");
            }
            return Pageable.unpaged();
        }
        int pageSize = parseWhole("size", size, 1, 1000, "a page holds 1 to 1000 referrals");
        int pageNumber = page == null || page.isBlank() ? 0
                : parseWhole("page", page, 0, Integer.MAX_VALUE, "pages count from 0");
        return PageRequest.of(pageNumber, pageSize);
    }

    private static int parseWhole(String field, String text, int min, int max, String message) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw InvalidInputException.of(field, message);
            }
            return value;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, message);
        }
    }

    private static Pathway parsePathway(String pathway) {
        return pathway == null || pathway.isBlank() ? null
                : Pathway.of(parseWhole("pathway", pathway, 0, 3, "pathways run from 0 to 3"));
    }
}
