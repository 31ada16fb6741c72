package org.dischargehub.messages;

import java.io.ByteArrayInputStream;
import java.util.Map;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Delivery through GOV.UK Notify: a letter as a precompiled letter (the hub's own PDF), a text through the Notify
 * template configured for it. Notify's reference is the message's idempotency key, the same on every retry, so a
 * message tried twice is found under one reference. A refusal no retry can mend (4xx other than 429) fails at once.
 */
class NotifyDelivery implements Delivery {

    private final NotificationClient client;
    private final Map<MessageTemplate, String> templateIds;
    private final String postage;

    NotifyDelivery(NotificationClient client, Map<MessageTemplate, String> templateIds, String postage) {
        this.client = client;
        this.templateIds = Map.copyOf(templateIds);
        this.postage = postage;
    }

    @Override
    public String deliver(DueMessage message) throws DeliveryFailure {
        try {
            if (message.channel() == Channel.LETTER) {
                return client.sendPrecompiledLetterWithInputStream(message.idempotencyKey(),
                        new ByteArrayInputStream(message.attachment().content()), postage).getNotificationId()
                        .toString();
            }
            String templateId = templateIds.get(message.template());
            if (templateId == null || templateId.isBlank()) {
                throw new DeliveryFailure("No Notify template id is set for " + message.template()
                        + " (hub.notify.templates.*)", true, null);
            }
            return client.sendSms(templateId, message.recipient().phone(), message.values(),
                    message.idempotencyKey()).getNotificationId().toString();
        } catch (NotificationClientException e) {
            int status = e.getHttpResult();
            throw new DeliveryFailure("Notify: " + e.getMessage(), status >= 400 && status < 500 && status != 429, e);
        }
    }
}
