package org.dischargehub.beds;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CareSettings extends JpaRepository<CareSetting, Long> {

    Optional<CareSetting> findByCode(String code);

    boolean existsByCode(String code);
}
