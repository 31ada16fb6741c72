package org.dischargehub.beds;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CareSettings extends JpaRepository<CareSetting, Long> {

    @Query("select s from CareSetting s where s.code = :code")
    Optional<CareSetting> findByCode(String code);

    boolean existsByCode(String code);
}
