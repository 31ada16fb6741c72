package org.dischargehub.security.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dischargehub.security.NewUser;
import org.dischargehub.security.Role;
import org.dischargehub.security.UserAccount;
import org.dischargehub.security.UserAccountService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UsersApi {

    private final UserAccountService users;

    UsersApi(UserAccountService users) {
        this.users = users;
    }

    record UserJson(String username, Role role, @Schema(nullable = true) String providerCode) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserJson create(@RequestBody NewUser body) {
        return json(users.create(body));
    }

    @GetMapping
    List<UserJson> list() {
        return users.accounts().stream().map(this::json).toList();
    }

    private UserJson json(UserAccount account) {
        String code = users.providerCode(account);
        return new UserJson(account.username(), account.role(), code.isEmpty() ? null : code);
    }
}
