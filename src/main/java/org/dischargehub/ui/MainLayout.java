package org.dischargehub.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.dischargehub.audit.ui.AuditView;
import org.dischargehub.beds.ui.BedBoardView;
import org.dischargehub.dashboard.ui.DashboardView;
import org.dischargehub.dashboard.ui.SitrepView;
import org.dischargehub.beds.ui.SettingsView;
import org.dischargehub.directory.ui.LocalitiesView;
import org.dischargehub.directory.ui.ProvidersView;
import org.dischargehub.directory.ui.SchemesView;
import org.dischargehub.escalation.ui.EscalationsView;
import org.dischargehub.incident.ui.IncidentsView;
import org.dischargehub.funding.ui.D2aTrackerView;
import org.dischargehub.funding.ui.RechargesView;
import org.dischargehub.homecare.ui.CapacityView;
import org.dischargehub.homecare.ui.ProviderCapacityView;
import org.dischargehub.homecare.ui.ProviderOffersView;
import org.dischargehub.providerstatus.ui.RiskTrackerView;
import org.dischargehub.providerstatus.ui.StatusReturnView;
import org.dischargehub.referral.ui.DelayReasonsView;
import org.dischargehub.referral.ui.HubBoardView;
import org.dischargehub.referral.ui.MdtWorklistView;
import org.dischargehub.referral.ui.ReferralFormView;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.ui.UsersView;

/** The frame around every page: a navigation showing only what the signed-in role may open. */
public class MainLayout extends AppLayout {

    record NavEntry(String label, Class<? extends Component> view, VaadinIcon icon) {
    }

    static final List<NavEntry> ENTRIES = List.of(
            new NavEntry("Home", HomeView.class, VaadinIcon.HOME),
            new NavEntry("Dashboard", DashboardView.class, VaadinIcon.DASHBOARD),
            new NavEntry("Situation report", SitrepView.class, VaadinIcon.FILE_TEXT_O),
            new NavEntry("Hub board", HubBoardView.class, VaadinIcon.TABLE),
            new NavEntry("MDT worklist", MdtWorklistView.class, VaadinIcon.CLIPBOARD_CHECK),
            new NavEntry("New referral", ReferralFormView.class, VaadinIcon.PLUS_CIRCLE),
            new NavEntry("Bed board", BedBoardView.class, VaadinIcon.BED),
            new NavEntry("D2A tracker", D2aTrackerView.class, VaadinIcon.HOURGLASS),
            new NavEntry("Home-care capacity", CapacityView.class, VaadinIcon.CLOCK),
            new NavEntry("My capacity", ProviderCapacityView.class, VaadinIcon.CALENDAR_CLOCK),
            new NavEntry("Offers and packages", ProviderOffersView.class, VaadinIcon.HANDSHAKE),
            new NavEntry("Provider risk", RiskTrackerView.class, VaadinIcon.WARNING),
            new NavEntry("Status return", StatusReturnView.class, VaadinIcon.CLIPBOARD),
            new NavEntry("Escalations", EscalationsView.class, VaadinIcon.BELL),
            new NavEntry("Process incidents", IncidentsView.class, VaadinIcon.EXCLAMATION_CIRCLE),
            new NavEntry("Localities", LocalitiesView.class, VaadinIcon.MAP_MARKER),
            new NavEntry("Providers", ProvidersView.class, VaadinIcon.BUILDING),
            new NavEntry("Settings and beds", SettingsView.class, VaadinIcon.BUILDING_O),
            new NavEntry("Recharges", RechargesView.class, VaadinIcon.INVOICE),
            new NavEntry("Funding schemes", SchemesView.class, VaadinIcon.CALENDAR),
            new NavEntry("Delay reasons", DelayReasonsView.class, VaadinIcon.CLOCK),
            new NavEntry("Users", UsersView.class, VaadinIcon.USERS),
            new NavEntry("Audit", AuditView.class, VaadinIcon.EYE));

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access) {
        H1 title = new H1("Discharge Hub");
        title.addClassName("hub-title");
        Span who = new Span(CurrentUser.get().map(u -> u.username() + " · " + u.role()).orElse(""));
        who.addClassName("hub-user");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.addClassName("hub-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        ENTRIES.stream()
                .filter(entry -> access.hasAccess(entry.view()))
                .forEach(entry -> nav.addItem(new SideNavItem(entry.label(), entry.view(), entry.icon().create())));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
