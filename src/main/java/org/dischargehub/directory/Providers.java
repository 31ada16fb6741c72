package org.dischargehub.directory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Providers extends JpaRepository<Provider, Long> {

    Optional<Provider> findByCode(String code);

    boolean existsByCode(String code);
}
