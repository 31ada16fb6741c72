package org.dischargehub.audit.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.dischargehub.audit.AuditService;
import org.dischargehub.security.CurrentUser;
import org.springframework.stereotype.Component;

/** A signed-in user sent away from a page their role may not open: the refusal is in the audit like any other. */
@Component
class RefusedPages implements VaadinServiceInitListener {

    private final AuditService audit;
    private final AccessAnnotationChecker access;

    RefusedPages(AuditService audit, AccessAnnotationChecker access) {
        this.audit = audit;
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent() && event.getNavigationTarget() != null
                && !access.hasAccess(event.getNavigationTarget())) {
            audit.refusedPage(event.getLocation().getPathWithQueryParameters());
        }
    }
}
