package org.dischargehub.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Anything a view did not handle becomes a plain notification; the stack trace stays in the log. */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unhandled error in the UI", error.getThrowable());
            if (com.vaadin.flow.component.UI.getCurrent() != null) {
                Forms.error("Something went wrong and nothing was saved. Please try again.");
            }
        }));
    }
}
