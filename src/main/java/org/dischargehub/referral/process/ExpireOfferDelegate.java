package org.dischargehub.referral.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.security.SystemUser;
import org.springframework.stereotype.Component;

/**
 * The timer of offers made together fired: the person's offers still unanswered expire, which frees their hours; the
 * process then returns to finding capacity. The offers are found by the person, in the hub's own records, so that
 * the process holds no list of them (instances started before this hold an "offerIds" or "offerId" it ignores).
 */
@Component("expireOffer")
class ExpireOfferDelegate implements JavaDelegate {

    private final HomeCareService homeCare;

    ExpireOfferDelegate(HomeCareService homeCare) {
        this.homeCare = homeCare;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SystemUser.run(() -> homeCare.expireOpenOffers(execution.getProcessBusinessKey()));
    }
}
