package org.dischargehub.directory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Localities extends JpaRepository<Locality, Long> {

    @Query("select l from Locality l where l.code = :code")
    Optional<Locality> findByCode(String code);

    boolean existsByCode(String code);
}
