package org.dischargehub.notice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Map;
import java.util.Set;
import org.dischargehub.notice.MenuCount;
import org.dischargehub.notice.NoticeService;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.shared.HubChange.EscalationChanged;
import org.dischargehub.shared.HubChange.HomeCareChanged;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.dischargehub.ui.LiveUpdates;

/**
 * The figures beside the menu's items ("2 open" beside Escalations), in words as well as a badge, counted afresh in
 * the database after each change that may move them (and after changes may have been missed); none when nought.
 */
public final class MenuCounts {

    /** A discharge makes a call due, and a call made moves a referral on: its status is then one of these. */
    private static final Set<String> CALLS_MAY_MOVE = Set.of(ReferralStatus.IN_D2A.name(),
            ReferralStatus.CLOSED.name(), ReferralStatus.FUNDING_DECIDED.name());

    private MenuCounts() {
    }

    /** Shows the signed-in person's figures beside {@code items} (menu items by route) while {@code layout} is open. */
    public static void show(NoticeService notices, LiveUpdates live, Component layout, Map<String, SideNavItem> items) {
        Runnable refresh = () -> notices.menuCounts().forEach(count -> {
            SideNavItem item = items.get(count.route());
            if (item != null) {
                item.setSuffixComponent(badge(count));
            }
        });
        refresh.run();
        live.subscribe(layout, change -> change instanceof HomeCareChanged || change instanceof EscalationChanged
                || change instanceof ReferralChanged changed && CALLS_MAY_MOVE.contains(changed.status()), refresh);
    }

    private static Span badge(MenuCount count) {
        Span badge = new Span(count.count() + " " + count.label());
        badge.setId("menu-count-" + count.route());
        badge.addClassName("menu-count");
        badge.setVisible(count.count() > 0);
        return badge;
    }
}
