package org.dischargehub.escalation.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Escalations to the hub manager: the open ones, and acknowledging one with a note. */
@RestController
@RequestMapping("/api/escalations")
class EscalationsApi {

    private final EscalationService escalations;

    EscalationsApi(EscalationService escalations) {
        this.escalations = escalations;
    }

    record EscalationJson(long id, @Schema(nullable = true) String referralId, EscalationKind kind,
            @Schema(nullable = true) String detail, Instant raisedAt, @Schema(nullable = true) String acknowledgedBy,
            @Schema(nullable = true) Instant acknowledgedAt, @Schema(nullable = true) String note) {
        static EscalationJson of(Escalation e) {
            return new EscalationJson(e.id(), e.referralId(), e.kind(), e.detail(), e.raisedAt(), e.acknowledgedBy(),
                    e.acknowledgedAt(), e.note());
        }
    }

    record Acknowledgement(String note) {
    }

    @GetMapping
    List<EscalationJson> open() {
        return escalations.open().stream().map(EscalationJson::of).toList();
    }

    @PostMapping("/{id}/acknowledge")
    EscalationJson acknowledge(@PathVariable String id, @RequestBody(required = false) Acknowledgement body) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Escalation", id);
        }
        return EscalationJson.of(escalations.acknowledge(key, body == null ? null : body.note()));
    }
}
