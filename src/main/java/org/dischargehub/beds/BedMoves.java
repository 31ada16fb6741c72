package org.dischargehub.beds;

import org.springframework.data.jpa.repository.JpaRepository;

interface BedMoves extends JpaRepository<BedMove, Long> {
}
