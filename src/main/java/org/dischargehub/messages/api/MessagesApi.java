package org.dischargehub.messages.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.dischargehub.messages.DeliveryStatus;
import org.dischargehub.messages.Message;
import org.dischargehub.messages.MessageService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Messages to people and their families (COORDINATOR, MANAGER): how each delivery went, and a retry of a failed one. */
@RestController
@RequestMapping("/api/messages")
class MessagesApi {

    private final MessageService messages;

    MessagesApi(MessageService messages) {
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Messages, failed first, then waiting, then delivered (newest first in each); at most 500")
    List<Message> find(
            @Parameter(description = "only messages with this status") @RequestParam(required = false)
            DeliveryStatus status,
            @Parameter(description = "the start of a referral id, or part of a recipient's name")
            @RequestParam(required = false) String search) {
        return messages.find(status, search);
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Try a failed message once more, now (202); 404 when no failed message has the id")
    @ApiResponse(responseCode = "202", description = "The message is due again")
    ResponseEntity<Void> retry(@PathVariable String id) {
        messages.retryNow(id);
        return ResponseEntity.accepted().build();
    }
}
