package org.dischargehub.referral.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.security.SystemUser;
import org.springframework.stereotype.Component;

/** An offer's timer fired unanswered: expire it, which frees its hours and returns the person to awaiting capacity. */
@Component("expireOffer")
class ExpireOfferDelegate implements JavaDelegate {

    private final HomeCareService homeCare;

    ExpireOfferDelegate(HomeCareService homeCare) {
        this.homeCare = homeCare;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String offerId = (String) execution.getVariable("offerId");
        SystemUser.run(() -> homeCare.expire(offerId));
    }
}
