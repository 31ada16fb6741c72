package org.dischargehub.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DelayReasons extends JpaRepository<DelayReason, String> {

    List<DelayReason> findByActiveTrueOrderByPosition();
}
