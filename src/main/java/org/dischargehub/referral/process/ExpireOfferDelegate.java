package org.dischargehub.referral.process;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.security.SystemUser;
import org.springframework.stereotype.Component;

/**
 * The timer of offers made together fired: expire those still unanswered, which frees their hours; once none is
 * open the person returns to awaiting capacity. An offer already withdrawn or answered is left alone.
 */
@Component("expireOffer")
class ExpireOfferDelegate implements JavaDelegate {

    /** The ids of the offers made together, comma-separated; instances started before it hold one "offerId". */
    static final String OFFER_IDS = "offerIds";

    private final HomeCareService homeCare;

    ExpireOfferDelegate(HomeCareService homeCare) {
        this.homeCare = homeCare;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> offerIds = execution.hasVariable(OFFER_IDS)
                ? Arrays.asList(((String) execution.getVariable(OFFER_IDS)).split(","))
                : List.of((String) execution.getVariable("offerId"));
        SystemUser.run(() -> homeCare.expire(offerIds));
    }
}
