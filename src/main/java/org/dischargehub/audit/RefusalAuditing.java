package org.dischargehub.audit;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.annotation.AfterThrowing;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Logs every refusal by the hub's services, whether a role check ({@code @PreAuthorize}) or an object-level check
 * (another provider's data), from the API, a view or a process alike, and role checks on API operations. Outermost
 * advice (just inside Spring's own ExposeInvocationInterceptor), so it sees the refusal after the refused call's transaction has rolled back; a refusal that passes through
 * several services is logged once.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RefusalAuditing {

    private final ThreadLocal<Throwable> lastLogged = new ThreadLocal<>();
    private final AuditService audit;

    RefusalAuditing(AuditService audit) {
        this.audit = audit;
    }

    @AfterThrowing(pointcut = "within(org.dischargehub..*) && (@within(org.springframework.stereotype.Service)"
            + " || (@within(org.springframework.web.bind.annotation.RestController)"
            + " && @annotation(org.springframework.security.access.prepost.PreAuthorize)))", throwing = "refusal")
    void refused(JoinPoint call, AccessDeniedException refusal) {
        if (lastLogged.get() == refusal) {
            return;
        }
        lastLogged.set(refusal);
        Object[] args = call.getArgs();
        String recordId = Arrays.stream(args).filter(a -> a instanceof String || a instanceof Number)
                .map(String::valueOf).findFirst().orElse(null);
        String what = call.getSignature().getDeclaringType().getSimpleName() + "." + call.getSignature().getName();
        audit.refused(what, recordId, Arrays.stream(args).map(RefusalAuditing::describe)
                .collect(Collectors.joining(", ", what + "(", "): ")) + refusal.getMessage());
    }

    /** Ids, codes and dates as sent; a command only by its type, so that no password reaches the audit. */
    private static String describe(Object arg) {
        if (arg == null || arg instanceof String || arg instanceof Number || arg instanceof Enum<?>
                || arg instanceof java.time.temporal.Temporal) {
            return Objects.toString(arg);
        }
        return arg.getClass().getSimpleName();
    }
}
