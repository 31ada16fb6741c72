package org.dischargehub.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.dischargehub.beds.BedsChanged;
import org.dischargehub.escalation.EscalationService.EscalationChanged;
import org.dischargehub.homecare.HomeCareChanged;
import org.dischargehub.providerstatus.ProviderStatusChanged;
import org.dischargehub.referral.ReferralChanged;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Marks a listener for the changes open views refresh on: the one list of them, in or out of a transaction. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TransactionalEventListener(fallbackExecution = true, classes = {ReferralChanged.class, EscalationChanged.class,
        BedsChanged.class, ProviderStatusChanged.class, HomeCareChanged.class})
@interface OnHubChange {

    @AliasFor(annotation = TransactionalEventListener.class)
    TransactionPhase phase() default TransactionPhase.AFTER_COMMIT;
}
