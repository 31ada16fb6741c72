package org.dischargehub.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On an empty production database, creates the first manager from configuration, or says how to. */
@Component
@Order(10)
class FirstManager implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstManager.class);

    private final UserAccountService users;
    private final String username;
    private final String password;

    FirstManager(UserAccountService users, @Value("${hub.first-manager.username:}") String username,
            @Value("${hub.first-manager.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyManager()) {
            return;
        }
        if (username.isBlank()) {
            log.warn("No manager account exists. Restart with HUB_FIRST_MANAGER_USERNAME and "
                    + "HUB_FIRST_MANAGER_PASSWORD (at least {} characters) set to create the first manager.",
                    UserAccountService.MIN_PASSWORD_LENGTH);
            return;
        }
        SystemUser.run(() -> users.create(new NewUser(username, password, Role.MANAGER, null)));
        log.info("Created the first manager account {}", username);
    }
}
