package org.dischargehub.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DelayReasons extends JpaRepository<DelayReason, String> {

    @Query("select d from DelayReason d where d.active order by d.position")
    List<DelayReason> findByActiveTrueOrderByPosition();
}
