package org.dischargehub.audit;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.AfterThrowing;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Around the outermost call into the hub's services (just inside Spring's ExposeInvocationInterceptor, so outside
 * the transaction and the role checks): writes the views and exports the call logged once it has returned, and logs
 * a refusal, whether a role check ({@code @PreAuthorize}) or an object-level one (another provider's data), from
 * the API, a view or a process alike. Role checks on API operations themselves are logged as they fail.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ServiceAuditing {

    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private final AuditWriter writer;

    ServiceAuditing(AuditWriter writer) {
        this.writer = writer;
    }

    @Around("within(org.dischargehub..*) && @within(org.springframework.stereotype.Service)")
    Object service(ProceedingJoinPoint call) throws Throwable {
        int[] level = depth.get();
        boolean outermost = level[0]++ == 0;
        try {
            Object result = call.proceed();
            if (outermost) {
                writer.flush();
            }
            return result;
        } catch (AccessDeniedException refusal) {
            if (outermost) {
                refused(call, refusal);
            }
            throw refusal;
        } finally {
            level[0]--;
            if (outermost) {
                writer.discard();
            }
        }
    }

    @AfterThrowing(pointcut = "within(org.dischargehub..*)"
            + " && @within(org.springframework.web.bind.annotation.RestController)"
            + " && @annotation(org.springframework.security.access.prepost.PreAuthorize)", throwing = "refusal")
    void operationRefused(JoinPoint call, AccessDeniedException refusal) {
        refused(call, refusal);
    }

    private void refused(JoinPoint call, AccessDeniedException refusal) {
        Object[] args = call.getArgs();
        String recordId = Arrays.stream(args).filter(a -> a instanceof String || a instanceof Number)
                .map(String::valueOf).findFirst().orElse(null);
        String what = call.getSignature().getDeclaringType().getSimpleName() + "." + call.getSignature().getName();
        writer.inOwnTransaction(writer.row(AuditService.ACCESS_DENIED, what, recordId,
                Arrays.stream(args).map(ServiceAuditing::describe)
                        .collect(Collectors.joining(", ", what + "(", "): ")) + refusal.getMessage()));
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
