package org.dischargehub.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.dischargehub.shared.HubChange;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Marks a listener for the changes open views refresh on ({@link HubChange}), in or out of a transaction. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TransactionalEventListener(fallbackExecution = true, classes = HubChange.class)
@interface OnHubChange {

    @AliasFor(annotation = TransactionalEventListener.class)
    TransactionPhase phase() default TransactionPhase.AFTER_COMMIT;
}
