package org.dischargehub.beds;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReservationDeclines extends JpaRepository<ReservationDecline, Long> {
}
