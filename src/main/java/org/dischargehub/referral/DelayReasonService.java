package org.dischargehub.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The list of reasons a person is still in hospital past the ready date: the national ones and the hub's own. */
@Service
@Transactional(readOnly = true)
public class DelayReasonService {

    private final DelayReasons delayReasons;
    private final Checks checks;

    DelayReasonService(DelayReasons delayReasons, Checks checks) {
        this.delayReasons = delayReasons;
        this.checks = checks;
    }

    public List<DelayReason> delayReasons() {
        return delayReasons.findByActiveTrueOrderByPosition();
    }

    /** Extends the list of delay reasons (the national categories are seeded); codes are never reused. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public DelayReason addDelayReason(ReferralCommands.NewDelayReason command) {
        checks.valid(command);
        String code = command.code().trim().toUpperCase(Locale.ROOT);
        if (delayReasons.existsById(code)) {
            throw new ConflictException("A delay reason with code " + code + " already exists");
        }
        int position = delayReasons.findAll().stream().mapToInt(DelayReason::position).max().orElse(0) + 10;
        return delayReasons.saveAndFlush(new DelayReason(code, command.label().trim(), position));
    }

    /** Takes a reason off the list for new choices; referrals that carry it keep it. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public DelayReason retireDelayReason(String code) {
        DelayReason reason = delayReasons.findById(code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("Delay reason", code));
        reason.retire();
        return delayReasons.saveAndFlush(reason);
    }

    /** Code to label of every reason that may be chosen now, in the list's order. */
    public Map<String, String> labels() {
        return delayReasons().stream().collect(Collectors.toMap(DelayReason::code, DelayReason::label, (a, b) -> a,
                LinkedHashMap::new));
    }

    /** The reason with this code, if it may still be chosen; anything else is refused at the field. */
    DelayReason chosen(String asWritten) {
        return delayReasons.findById(asWritten.trim()).filter(DelayReason::active)
                .orElseThrow(() -> InvalidInputException.of("code", "no delay reason has the code " + asWritten));
    }
}
