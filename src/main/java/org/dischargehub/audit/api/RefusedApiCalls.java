package org.dischargehub.audit.api;

import jakarta.servlet.http.HttpServletRequest;
import org.dischargehub.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * A call to the API refused by its address's roles (checked before the body is read, so no service saw it): the
 * refusal is in the audit like one a service refused. Refusals inside the services are logged by the services'
 * auditing, not here.
 */
@Component
class RefusedApiCalls {

    private final AuditService audit;

    RefusedApiCalls(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        if (event.getObject() instanceof HttpServletRequest request && request.getRequestURI().startsWith("/api/")
                && !(event.getAuthentication().get() instanceof AnonymousAuthenticationToken)) {
            audit.refusedRequest(request.getMethod(), request.getRequestURI());
        }
    }
}
