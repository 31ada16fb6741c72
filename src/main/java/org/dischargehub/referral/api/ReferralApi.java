package org.dischargehub.referral.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dischargehub.funding.FundingCommands.Amendment;
import org.dischargehub.funding.FundingCommands.AssessmentUpdate;
import org.dischargehub.funding.FundingCommands.Decision;
import org.dischargehub.funding.FundingService;
import org.dischargehub.referral.CapacityOptions;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands.BedAllocation;
import org.dischargehub.referral.ReferralCommands.Cancel;
import org.dischargehub.referral.ReferralCommands.Close;
import org.dischargehub.referral.ReferralCommands.DelayReasonChange;
import org.dischargehub.referral.ReferralCommands.Discharge;
import org.dischargehub.referral.ReferralCommands.HomeCareAllocation;
import org.dischargehub.referral.ReferralCommands.HomeCareAllocations;
import org.dischargehub.referral.ReferralCommands.NewReadyDate;
import org.dischargehub.referral.ReferralCommands.NewReferral;
import org.dischargehub.referral.ReferralCommands.Reason;
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

    private static final String ALLOCATION_BODIES =
            "send {bedCode}, {providerCode, startDate} or {providerCodes: [...], startDate}";

    private final ReferralService referrals;
    private final ReferralCapacityService capacity;
    private final FundingService funding;
    private final ObjectMapper json;

    ReferralApi(ReferralService referrals, ReferralCapacityService capacity, FundingService funding,
            ObjectMapper json) {
        this.referrals = referrals;
        this.capacity = capacity;
        this.funding = funding;
        this.json = json;
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

    @Schema(requiredProperties = {"bedCode", "settingCode", "tier", "locality", "reason", "rag", "warnings"})
    record BedOptionJson(String bedCode, String settingCode, int tier, String locality, String reason,
            @Schema(nullable = true, allowableValues = {"GREEN", "AMBER", "RED"},
                    description = "the setting's latest rating; null when no status return covers it") String rag,
            @Schema(description = "the rating and its reasons, for AMBER and RED") List<String> warnings) {
    }

    @Schema(requiredProperties = {"settingCode", "reason"})
    record LeftOutJson(String settingCode, String reason) {
    }

    @Schema(requiredProperties = {"providerCode", "locality", "date", "hoursFree", "stale", "reason"})
    record HomeCareOptionJson(String providerCode, String locality, LocalDate date, BigDecimal hoursFree,
            boolean stale, String reason) {
    }

    /** Ranked candidates, best first: beds for pathways 2 and 3, home-care providers for pathway 1. */
    @GetMapping("/{id}/options")
    @ApiResponse(responseCode = "200", description = "Ranked candidates, best first: beds (pathways 2 and 3) or "
            + "home-care providers (pathway 1)", content = @Content(array = @ArraySchema(schema = @Schema(type = "object",
                    oneOf = {BedOptionJson.class, HomeCareOptionJson.class}))))
    List<?> options(@PathVariable String id) {
        CapacityOptions options = capacity.capacityOptions(id);
        if (options.homeCare() != null) {
            return options.homeCare().stream()
                    .map(o -> new HomeCareOptionJson(o.providerCode(), o.locality(), o.date(), o.hoursFree(), o.stale(),
                            o.reason()))
                    .toList();
        }
        return options.beds().candidates().stream()
                .map(c -> new BedOptionJson(c.bedCode(), c.settingCode(), c.tier(), c.locality(), c.reason(),
                        c.rag(), c.warnings()))
                .toList();
    }

    /** Pathways 2 and 3: every setting with no candidate for this person, and why. */
    @GetMapping("/{id}/options/left-out")
    List<LeftOutJson> leftOut(@PathVariable String id) {
        return capacity.bedOptions(id).excluded().stream()
                .map(e -> new LeftOutJson(e.settingCode(), e.reason()))
                .toList();
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

    @Operation(summary = "The home declines the bed reserved for the person",
            description = "PROVIDER (the bed's own) or COORDINATOR. {reason}; while READY_TO_DISCHARGE with a "
                    + "reserved bed: the bed becomes AVAILABLE and the referral AWAITING_CAPACITY. 409 otherwise, "
                    + "403 for another provider. Answers {referralId, status}.")
    @PostMapping("/{id}/reservation/decline")
    Map<String, String> declineReservation(@PathVariable String id, @RequestBody Reason body) {
        Referral referral = capacity.declineReservation(id, body);
        return Map.of("referralId", referral.id(), "status", referral.status().name());
    }

    /**
     * {@code {bedCode}} for pathways 2 and 3: the bed is reserved at once. {@code {providerCode, startDate}} for
     * pathway 1: the package is offered to the provider, and the referral is OFFERED until it answers.
     * {@code {providerCodes, startDate}} for pathway 1: offered to several providers at once; the first to accept takes
     * it, and the referral is OFFERED while any of the offers is open.
     */
    @PostMapping("/{id}/allocation")
    @ResponseStatus(HttpStatus.CREATED)
    ReferralJson allocate(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(schema = @Schema(oneOf = {BedAllocation.class,
                    HomeCareAllocation.class, HomeCareAllocations.class}))) @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("bedCode", ALLOCATION_BODIES);
        }
        if (body.has("bedCode")) {
            return full(capacity.allocateBed(id, convert(body, BedAllocation.class)));
        }
        if (body.has("providerCode")) {
            return full(capacity.offerHomeCare(id, convert(body, HomeCareAllocation.class)));
        }
        if (body.has("providerCodes")) {
            return full(capacity.offerHomeCare(id, convert(body, HomeCareAllocations.class)));
        }
        throw InvalidInputException.of("bedCode", ALLOCATION_BODIES);
    }

    /** Step-down or step-up: {@code {bedCode}} of the bed to move to. */
    @PostMapping("/{id}/move")
    ReferralJson move(@PathVariable String id, @RequestBody BedAllocation body) {
        return full(capacity.moveBed(id, body));
    }

    @PostMapping("/{id}/discharge")
    ReferralJson discharge(@PathVariable String id, @RequestBody Discharge body) {
        return full(referrals.discharge(id, body));
    }

    @Operation(summary = "Record the funding decision that ends the funded period",
            description = "COORDINATOR. {outcome: CHC, FNC, COUNCIL, SELF_FUNDED or NO_ONGOING_NEEDS, decidedOn, "
                    + "rationale, fastTrack?}: fastTrack marks fast-track CHC at the end of life (CHC only). decidedOn is "
                    + "the first day no longer recharged to the NHS; it may not be before the discharge or in the future "
                    + "(400). One decision per episode: a second is a 409; correct one with POST "
                    + "/api/referrals/{id}/funding-decision/amendments.")
    @PostMapping("/{id}/funding-decision")
    ReferralJson decide(@PathVariable String id, @RequestBody Decision body) {
        funding.decide(id, body);
        return ReferralJson.of(referrals.recordAfterChange(id));
    }

    @Operation(summary = "Correct a recorded funding decision",
            description = "COORDINATOR. A referral has one funding decision; a correction is an explicit amendment with "
                    + "its reason. The decision it replaces and the reason are kept (fundingDecision.amendments and the "
                    + "history); the recharge follows the amended decision's decidedOn. 400 for invalid input or a "
                    + "decision dated before the discharge or in the future, 409 when no decision has been recorded.")
    @PostMapping("/{id}/funding-decision/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    ReferralJson amendDecision(@PathVariable String id, @RequestBody Amendment body) {
        funding.amend(id, body);
        return ReferralJson.of(referrals.recordAfterChange(id));
    }

    @Operation(summary = "Record the assessment's progress during the funded period",
            description = "COORDINATOR. {status: BOOKED or COMPLETED, note}; kept in the history. Completing it ends "
                    + "the hub's \"Assessment due\" work. 409 outside the funded period.")
    @PostMapping("/{id}/assessment")
    ReferralJson assessment(@PathVariable String id, @RequestBody AssessmentUpdate body) {
        funding.recordAssessment(id, body);
        return ReferralJson.of(referrals.recordAfterChange(id));
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

    private <T> T convert(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "body" : e.getPath().get(0).getFieldName();
            throw InvalidInputException.of(field, "has the wrong type or value");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw InvalidInputException.of("body", "is not valid JSON");
        }
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
