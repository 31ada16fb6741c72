package org.dischargehub.referral.api;

import java.util.List;
import org.dischargehub.referral.DelayReason;
import org.dischargehub.referral.DelayReasonService;
import org.dischargehub.referral.ReferralCommands.NewDelayReason;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The configurable list of delay reasons: read by everyone signed in, kept by managers. */
@RestController
@RequestMapping("/api/delay-reasons")
class DelayReasonsApi {

    private final DelayReasonService delayReasons;

    DelayReasonsApi(DelayReasonService delayReasons) {
        this.delayReasons = delayReasons;
    }

    record DelayReasonJson(String code, String label) {
        static DelayReasonJson of(DelayReason reason) {
            return new DelayReasonJson(reason.code(), reason.label());
        }
    }

    @GetMapping
    List<DelayReasonJson> list() {
        return delayReasons.delayReasons().stream().map(DelayReasonJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DelayReasonJson add(@RequestBody NewDelayReason body) {
        return DelayReasonJson.of(delayReasons.addDelayReason(body));
    }

    @DeleteMapping("/{code}")
    DelayReasonJson retire(@PathVariable String code) {
        return DelayReasonJson.of(delayReasons.retireDelayReason(code));
    }
}
