package org.dischargehub.directory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Providers extends JpaRepository<Provider, Long> {

    @Query("select p from Provider p where p.code = :code")
    Optional<Provider> findByCode(String code);

    boolean existsByCode(String code);
}
