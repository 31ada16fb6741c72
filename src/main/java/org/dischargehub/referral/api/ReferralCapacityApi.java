package org.dischargehub.referral.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dischargehub.referral.CapacityOptions;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands.BedAllocation;
import org.dischargehub.referral.ReferralCommands.HomeCareAllocation;
import org.dischargehub.referral.ReferralCommands.HomeCareAllocations;
import org.dischargehub.referral.ReferralCommands.Reason;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Capacity for one referral: its ranked options, a bed reserved or a home-care package offered, a bed move, and a
 * reservation the home declines.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralCapacityApi {

    private static final String ALLOCATION_BODIES =
            "send {bedCode}, {providerCode, startDate} or {providerCodes: [...], startDate}";

    private final ReferralService referrals;
    private final ReferralCapacityService capacity;
    private final ObjectMapper json;

    ReferralCapacityApi(ReferralService referrals, ReferralCapacityService capacity, ObjectMapper json) {
        this.referrals = referrals;
        this.capacity = capacity;
        this.json = json;
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

    /** The answer to a change: the whole record as it stands after it. */
    private ReferralJson full(Referral changed) {
        return ReferralJson.of(referrals.recordAfterChange(changed));
    }
}
