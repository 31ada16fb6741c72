package org.dischargehub.security;

import org.dischargehub.directory.CallersPriceSight;
import org.dischargehub.directory.PriceSight;
import org.springframework.stereotype.Component;

/** A provider user reads its own provider's prices only; the hub's staff read every provider's. */
@Component
class SignedInPriceSight implements CallersPriceSight {

    @Override
    public PriceSight priceSight() {
        return CurrentUser.hasRole(Role.PROVIDER)
                ? PriceSight.ownProviderOnly(CurrentUser.get().orElseThrow().providerId())
                : PriceSight.EVERY_PROVIDER;
    }
}
