package org.dischargehub.handover;

import org.springframework.data.jpa.repository.JpaRepository;

interface Contacts extends JpaRepository<ContactDetails, String> {
}
