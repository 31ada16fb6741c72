package org.dischargehub.handover;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.dischargehub.handover.ContactCommand.CommunicationNeeds;
import org.dischargehub.handover.ContactCommand.GpPractice;
import org.dischargehub.handover.ContactCommand.NextOfKin;
import org.dischargehub.letters.HubContact;

/**
 * What the provider delivering a person's care needs on the first day: who, where and how to get in, whom to call,
 * the care decided at triage and its risks, and the hub's named contact. {@code placement} says what the provider
 * holds (a bed, or a package starting on {@code startDate}).
 */
public record Handover(String referralId, String givenName, String familyName, String nhsNumber, LocalDate dateOfBirth,
        @Schema(nullable = true) String address, @Schema(nullable = true) String postcode,
        @Schema(nullable = true) String phone, NextOfKin nextOfKin, GpPractice gp,
        CommunicationNeeds communicationNeeds, @Schema(nullable = true) String accessDetails,
        @Schema(nullable = true) String callTimes, String needs, List<String> risks, HubContact hubContact,
        @Schema(nullable = true) String placement, @Schema(nullable = true) LocalDate startDate) {
}
