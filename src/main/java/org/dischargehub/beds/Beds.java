package org.dischargehub.beds;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Beds extends JpaRepository<Bed, Long> {

    @Query("select b from Bed b where b.code = :code")
    Optional<Bed> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select b from Bed b where b.settingId = :settingId")
    List<Bed> findBySettingId(Long settingId);

    @Query("select b from Bed b where b.referralId = :referralId")
    Optional<Bed> findByReferralId(String referralId);
}
