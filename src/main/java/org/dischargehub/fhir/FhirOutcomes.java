package org.dischargehub.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.dischargehub.platform.DatabaseFailures;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.InvalidInputException.FieldError;
import org.dischargehub.shared.NotFoundException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The API's answers, as OperationOutcomes: a refused input is a 400 with the element at fault in issue.expression, a
 * state that does not allow the request a 409, an unknown resource a 404, a role that may not a 403, and anything
 * unforeseen a 500 that says nothing of the hub's insides. The same service refusal means the same thing at /api and
 * at /fhir.
 */
@Interceptor
class FhirOutcomes {

    private static final Logger log = LoggerFactory.getLogger(FhirOutcomes.class);

    private final Map<String, HubResourceProvider> providers;

    FhirOutcomes(List<HubResourceProvider> providers) {
        this.providers = providers.stream()
                .collect(Collectors.toMap(p -> p.getResourceType().getSimpleName(), p -> p));
    }

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(RequestDetails request, Throwable thrown) {
        Throwable e = thrown instanceof InternalErrorException
                && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof InvocationTargetException invoked && invoked.getCause() != null) {
            e = invoked.getCause(); // HAPI wraps what a provider method throws once more
        }
        if (e instanceof BaseServerResponseException known) {
            return known;
        }
        HubResourceProvider provider = request == null ? null : providers.get(request.getResourceName());
        UnaryOperator<String> at = provider == null ? field -> field : provider::expressionOf;
        if (e instanceof InvalidInputException invalid) {
            return invalid(invalid.errors(), at);
        }
        if (e instanceof ConstraintViolationException violations) {
            return invalid(violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList(), at);
        }
        if (e instanceof NotFoundException) {
            return withOutcome(new ResourceNotFoundException(e.getMessage()), IssueType.NOTFOUND, e.getMessage());
        }
        if (e instanceof ConflictException) {
            return withOutcome(new ResourceVersionConflictException(e.getMessage()), IssueType.CONFLICT,
                    e.getMessage());
        }
        if (e instanceof AccessDeniedException || e instanceof AuthorizationDeniedException) {
            String message = "You are not allowed to do this";
            return withOutcome(new ForbiddenOperationException(message), IssueType.FORBIDDEN, message);
        }
        return database(e);
    }

    private static BaseServerResponseException database(Throwable e) {
        if (DatabaseFailures.isDataException(e)) {
            String message = "A value cannot be stored (a control character such as NUL, or a date out of range)";
            return withOutcome(new InvalidRequestException(message), IssueType.INVALID, message);
        }
        if (e instanceof DataIntegrityViolationException || e instanceof OptimisticLockingFailureException
                || e instanceof PessimisticLockingFailureException || e instanceof OptimisticLockingException
                || DatabaseFailures.hasSqlState(e, "40")) {
            String message = "Someone else changed this at the same moment, or it breaks a rule of the hub; "
                    + "nothing was changed";
            return withOutcome(new ResourceVersionConflictException(message), IssueType.CONFLICT, message);
        }
        log.error("Unexpected failure at /fhir", e);
        String message = "The hub could not complete the request; nothing was changed";
        return withOutcome(new InternalErrorException(message), IssueType.EXCEPTION, message);
    }

    static InvalidRequestException invalid(List<FieldError> errors, UnaryOperator<String> at) {
        OperationOutcome outcome = new OperationOutcome();
        for (FieldError error : errors) {
            outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID)
                    .setDiagnostics(error.message()).addExpression(at.apply(error.field()));
        }
        String message = errors.isEmpty() ? "Invalid input"
                : at.apply(errors.get(0).field()) + ": " + errors.get(0).message();
        return new InvalidRequestException(message, outcome);
    }

    private static BaseServerResponseException withOutcome(BaseServerResponseException e, IssueType type,
            String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
        e.setOperationOutcome(outcome);
        return e;
    }
}
