package org.dischargehub.providerstatus;

import org.springframework.data.jpa.repository.JpaRepository;

interface RagSettings extends JpaRepository<RagSetting, String> {
}
