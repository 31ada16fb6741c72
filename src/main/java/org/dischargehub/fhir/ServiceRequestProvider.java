package org.dischargehub.fhir;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dischargehub.referral.Received;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralCommands.Cancel;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.referral.SenderReference;
import org.dischargehub.shared.InvalidInputException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.springframework.stereotype.Component;

/**
 * Referral in: a hospital's system POSTs a ServiceRequest and the hub receives it as the referral form would, through
 * the referral service, so every rule and role holds. A conditional create on the request's identifier
 * (If-None-Exist: identifier=system|value) answers the referral already made for a resend. The hospital withdraws a
 * referral by updating its ServiceRequest to revoked, which cancels it and releases what was held; the hub takes no
 * other change through FHIR (the MDT changes a referral on its screens).
 */
@Component
class ServiceRequestProvider implements HubResourceProvider {

    static final String REVOKED = "Withdrawn by the referring hospital's system (ServiceRequest revoked)";

    private final ReferralService referrals;

    ServiceRequestProvider(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Override
    public String expressionOf(String hubField) {
        return ReferralRequests.EXPRESSIONS.getOrDefault(hubField, "ServiceRequest");
    }

    @Create
    public MethodOutcome create(@ResourceParam ServiceRequest request, @ConditionalUrlParam String conditional) {
        Optional<SenderReference> sender = ReferralRequests.sender(request);
        if (conditional != null) {
            requireSameIdentifier(conditional, sender);
        }
        Received received = referrals.receive(ReferralRequests.referral(request), sender.orElse(null));
        ServiceRequest answer = ReferralRequests.of(referrals.recordAfterChange(received.referral()));
        return new MethodOutcome(new IdType("ServiceRequest", received.referral().id()), received.isNew())
                .setResource(answer);
    }

    @Read
    public ServiceRequest read(@IdParam IdType id) {
        return ReferralRequests.of(referrals.record(id.getIdPart()));
    }

    /** Only a withdrawal: status revoked cancels the referral (again is no change); anything else is refused. */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam ServiceRequest request) {
        Referral referral = referrals.get(id.getIdPart());
        if (request.getStatus() != ServiceRequestStatus.REVOKED) {
            throw new UnprocessableEntityException("The hub takes no change to a referral through FHIR but its "
                    + "withdrawal (status revoked); the MDT changes a referral on the hub's screens");
        }
        if (referral.status() != ReferralStatus.CANCELLED) {
            referrals.cancel(referral.id(), new Cancel(REVOKED));
        }
        return new MethodOutcome(new IdType("ServiceRequest", referral.id()), false)
                .setResource(ReferralRequests.of(referrals.recordAfterChange(referral.id())));
    }

    /** A conditional create names the identifier it sends, and only that. */
    private static void requireSameIdentifier(String conditional, Optional<SenderReference> sender) {
        String query = conditional.substring(conditional.indexOf('?') + 1);
        String expected = sender.map(s -> "identifier=" + s.senderSystem() + "|" + s.senderReference()).orElse(null);
        if (expected == null) {
            throw InvalidInputException.of("identifier.value", "a conditional create needs the request's identifier");
        }
        if (!URLDecoder.decode(query, StandardCharsets.UTF_8).equals(expected)) {
            throw new InvalidRequestException("If-None-Exist may name only the request's own identifier: " + expected);
        }
    }
}
