package org.dischargehub.directory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Localities extends JpaRepository<Locality, Long> {

    Optional<Locality> findByCode(String code);

    boolean existsByCode(String code);
}
