package org.dischargehub.homecare.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dischargehub.homecare.HomeCareCommands.Decline;
import org.dischargehub.homecare.HomeCareCommands.HandBack;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.homecare.OfferRow;
import org.dischargehub.homecare.OfferStatus;
import org.dischargehub.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Offers of pathway 1 packages: providers answer their own; the hub sees them all. */
@RestController
@RequestMapping("/api/offers")
class OffersApi {

    private final HomeCareService homeCare;

    OffersApi(HomeCareService homeCare) {
        this.homeCare = homeCare;
    }

    /** The contract's fields, plus the care needed: what a provider needs to decide, and nothing about who. */
    record OfferJson(String id, String referralId, String providerCode, String locality, LocalDate startDate,
            BigDecimal hoursPerWeek, OfferStatus status, @Schema(nullable = true) Instant expiresAt,
            @Schema(nullable = true) String needs) {

        static OfferJson of(OfferRow row) {
            return new OfferJson(row.id(), row.referralId(), row.providerCode(), row.locality(), row.startDate(),
                    row.hoursPerWeek(), row.status(), row.expiresAt(), row.needs());
        }
    }

    @GetMapping
    List<OfferJson> offers(
            @Parameter(schema = @Schema(implementation = OfferStatus.class)) @RequestParam(required = false)
            String status) {
        return homeCare.offers(parse(status)).stream().map(OfferJson::of).toList();
    }

    @PostMapping("/{id}/accept")
    OfferJson accept(@PathVariable String id) {
        return OfferJson.of(homeCare.accept(id));
    }

    /** {@code {reason?}}. */
    @PostMapping("/{id}/decline")
    OfferJson decline(@PathVariable String id, @RequestBody(required = false) Decline body) {
        return OfferJson.of(homeCare.decline(id, body == null ? new Decline(null) : body));
    }

    /** An accepted package the provider can no longer deliver (e.g. staff shortage): {@code {reason}}. */
    @PostMapping("/{id}/hand-back")
    OfferJson handBack(@PathVariable String id, @RequestBody HandBack body) {
        return OfferJson.of(homeCare.handBack(id, body));
    }

    private static OfferStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OfferStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "OPEN, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN or HANDED_BACK");
        }
    }
}
