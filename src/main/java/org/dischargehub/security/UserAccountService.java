package org.dischargehub.security;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The hub's user accounts: sign-in, lock-out after repeated failures, and accounts created by managers. */
@Service
@Transactional(readOnly = true)
public class UserAccountService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final DirectoryService directory;
    private final Checks checks;
    private final Clock clock;

    UserAccountService(UserAccounts accounts, PasswordEncoder passwordEncoder, DirectoryService directory,
            Checks checks, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    public HubUser loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        ProviderKind kind = account.providerId() == null ? null : directory.provider(account.providerId()).kind();
        return new HubUser(account.username(), account.passwordHash(), account.role(), account.providerId(),
                account.lockedAt(clock.instant()), account.hasFailuresOnRecord(), kind);
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public UserAccount create(NewUser command) {
        checks.valid(command);
        return save(command);
    }

    /** Demo accounts only: the demo run's well-known passwords are shorter than the minimum. */
    @Transactional
    public UserAccount createDemoAccount(String username, String password, Role role, String providerCode) {
        return save(new NewUser(username, password, role, providerCode));
    }

    private UserAccount save(NewUser command) {
        Long providerId = null;
        if (command.role() == Role.PROVIDER) {
            if (command.providerCode() == null || command.providerCode().isBlank()) {
                throw InvalidInputException.of("providerCode", "a provider user must belong to a provider");
            }
            providerId = directory.providerNamedIn("providerCode", command.providerCode()).id();
        } else if (command.providerCode() != null && !command.providerCode().isBlank()) {
            throw InvalidInputException.of("providerCode", "only provider users belong to a provider");
        }
        if (accounts.existsByUsername(command.username())) {
            throw new ConflictException("The username " + command.username() + " is taken");
        }
        return accounts.saveAndFlush(new UserAccount(command.username(), passwordEncoder.encode(command.password()),
                command.role(), providerId, clock.instant()));
    }

    @PreAuthorize("hasRole('MANAGER')")
    public List<UserAccount> accounts() {
        return accounts.findAll().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
    }

    public boolean anyManager() {
        return accounts.existsByRole(Role.MANAGER);
    }

    public String providerName(Long providerId) {
        return providerId == null ? "" : directory.provider(providerId).name();
    }

    public String providerCode(UserAccount account) {
        return account.providerId() == null ? "" : directory.provider(account.providerId()).code();
    }

    public boolean providerIsBedBased(Long providerId) {
        try {
            return providerId != null && directory.provider(providerId).kind() == ProviderKind.BED_BASED;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            account.signInFailed(clock.instant());
            if (account.lockedAt(clock.instant())) {
                log.warn("Account {} locked after repeated failed sign-ins", account.username());
            }
        });
    }

    /**
     * Clears failed attempts and an expired lock. Not called when the account, as read for this very sign-in, had
     * none (the condition is checked before the transaction opens): every API request signs in, and a transaction per
     * request to clear nothing is what it would cost.
     */
    @EventListener(condition = "!(#event.authentication.principal instanceof T(org.dischargehub.security.HubUser))"
            + " or #event.authentication.principal.failuresOnRecord()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(UserAccount::signedIn);
    }
}
