package org.dischargehub.referral;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReadyDateChanges extends JpaRepository<ReadyDateChange, Long> {
}
