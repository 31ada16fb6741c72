package org.dischargehub.beds;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Beds extends JpaRepository<Bed, Long> {

    Optional<Bed> findByCode(String code);

    boolean existsByCode(String code);

    List<Bed> findBySettingId(Long settingId);

    Optional<Bed> findByReferralId(String referralId);
}
