package org.dischargehub.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import org.dischargehub.notice.NoticeService;
import org.dischargehub.notice.ui.MenuCounts;
import org.dischargehub.notice.ui.NoticeTray;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.LiveUpdates;

/**
 * The frame around every page but the login page: a navigation showing only what the signed-in role may open. The
 * navigation lists the views that carry {@code @Menu} and the router finds this layout by {@code @Layout}, so this
 * package names no view and nothing names it; the views' shared parts stay in {@code ui}, which knows no one. The
 * router checks access to an automatic layout as to a view: every signed-in person may see the frame. The frame also
 * carries the person's notices of what happened and the figures beside the menu ({@code notice}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final Main main = new Main();
    private boolean navigated;

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access, NoticeService notices,
            LiveUpdates live) {
        H1 title = new H1("Discharge Hub");
        title.addClassName("hub-title");
        Span who = new Span(CurrentUser.get().map(u -> u.username() + " · " + u.role()).orElse(""));
        who.addClassName("hub-user");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(skipLink(), new DrawerToggle(), title, who, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.addClassName("hub-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        Map<String, SideNavItem> items = new HashMap<>();
        // Vaadin leaves out what navigation access control refuses, but shows everything when that is not installed
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> access.hasAccess(entry.menuClass()))
                .forEach(entry -> {
                    SideNavItem item = item(entry);
                    items.put(entry.path().replaceFirst("^/", ""), item);
                    nav.addItem(item);
                });
        addToDrawer(nav);
        MenuCounts.show(notices, live, this, items);
        setPrimarySection(Section.DRAWER);

        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
        main.getElement().executeJs(Forms.TRACK_FOCUS);
        getElement().appendChild(new NoticeTray(notices, live).getElement());
    }

    /**
     * The view goes into the page's main landmark. After a navigation (not on a fresh page load, where a keyboard
     * starts at the skip link) focus moves to the view's heading, so a screen reader says where the person now is.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
        if (navigated) {
            main.getElement().executeJs("const heading = this.querySelector('h1, h2');"
                    + "const target = heading || this;"
                    + "if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');"
                    + "target.focus();");
        }
        navigated = true;
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** First in the tab order: past the menu to the page's content, handled in the browser (no page load). */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", "Skip to content");
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " document.getElementById('main-content').focus(); })");
        return skip;
    }

    private static SideNavItem item(MenuEntry entry) {
        return new SideNavItem(entry.title(), entry.menuClass(), new Icon(entry.icon()));
    }
}
