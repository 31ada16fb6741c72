package org.dischargehub.audit;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a call comes from: the remote address of the Vaadin request or, for a page redrawn by a push (whichever thread
 * runs it), the browser of its own Vaadin session; the HTTP request's remote address for an API call; or "system"
 * for the hub's own work (timers, processes).
 */
final class Origin {

    static final String SYSTEM = "system";
    private static final String SEEN = Origin.class.getName() + ".seen";

    private Origin() {
    }

    static String address() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null && vaadin.getRemoteAddr() != null) {
            return vaadin.getRemoteAddr();
        }
        if (UI.getCurrent() != null) {
            return browserAddress();
        }
        HttpServletRequest http = httpRequest();
        if (http != null) {
            return http.getRemoteAddr();
        }
        return browserAddress();
    }

    private static String browserAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getBrowser() != null && session.getBrowser().getAddress() != null) {
            return session.getBrowser().getAddress();
        }
        return SYSTEM;
    }

    /**
     * The referrals already logged in the request being served, so that a page or an API call that reads one record
     * several times (the record, its history, its amendments) leaves one row. A page redrawn by a live update (another
     * user's change pushed to this browser tab: a UI but no Vaadin request, possibly on the thread of the API call that
     * made the change) counts against everything already logged by such redraws in the same tab, so a board open all
     * day logs each person it shows once, not once per change anybody makes; a person new to the board is still
     * logged. Empty and unshared outside a request or a tab.
     */
    static Set<String> seenInThisRequest() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return seen(vaadin::getAttribute, vaadin::setAttribute);
        }
        UI tab = UI.getCurrent();
        if (tab != null) {
            return seen(key -> ComponentUtil.getData(tab, key), (key, value) -> ComponentUtil.setData(tab, key, value));
        }
        HttpServletRequest http = httpRequest();
        if (http != null) {
            return seen(http::getAttribute, http::setAttribute);
        }
        return new HashSet<>();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> seen(Function<String, Object> get, BiConsumer<String, Object> set) {
        Object seen = get.apply(SEEN);
        if (seen == null) {
            seen = new HashSet<String>();
            set.accept(SEEN, seen);
        }
        return (Set<String>) seen;
    }

    private static HttpServletRequest httpRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
