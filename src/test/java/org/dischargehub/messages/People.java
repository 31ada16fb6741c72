package org.dischargehub.messages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dischargehub.handover.ContactCommand;
import org.dischargehub.handover.ContactCommand.NextOfKin;
import org.dischargehub.handover.HandoverService;
import org.dischargehub.referral.ReferralCommands.Triage;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.As;
import org.dischargehub.support.Hub;
import org.dischargehub.support.TestClock;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People with contact details whose changes write messages, and the messages written, for the outbox's tests. */
final class People {

    /** Triage to pathway 1: the change that writes the person's "letter on its way" and its texts. */
    static final Triage PATHWAY_1 = new Triage(1, null, new BigDecimal(14), TestClock.today(),
            "Reablement for washing after a hip fracture");

    private People() {
    }

    /** An address, a mobile and a next of kin who consents or not to be told. */
    static ContactCommand contact(boolean kinConsents) {
        return new ContactCommand("1 Elm Road, Westby", "WS1 2AB", "07700 900123",
                new NextOfKin("Grace Marsh", "Daughter", "07700 900456", kinConsents), null, null, null, null);
    }

    /** A referral awaiting triage in a new locality of the hub, with the contact details recorded. */
    static String personWith(ApplicationContext context, Hub hub, ContactCommand contact) {
        String id = new ReferralFactory(context, hub).awaitingTriage().id();
        As.mdt(() -> context.getBean(HandoverService.class).recordContact(id, contact));
        return id;
    }

    /** The referral's messages, oldest first, with their template values as text. */
    static List<Map<String, Object>> messagesOf(JdbcClient jdbc, String referralId) {
        return jdbc.sql("select m.*, m.template_values::text as values_text from hub.message m where referral_id = :id "
                + "order by created_at").param("id", referralId)
                .query().listOfRows();
    }
}
