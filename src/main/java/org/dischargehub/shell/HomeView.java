package org.dischargehub.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;

/** Where each role starts its day: the page with what it acts on first. Anyone else gets a welcome. */
@Route("")
@Menu(title = "Home", order = 10, icon = "vaadin:home")
@PageTitle("Home | Discharge Hub")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    public HomeView() {
        addClassName("home-view");
        String name = CurrentUser.get().map(HubUser::username).orElse("");
        add(new H2("Welcome, " + name),
                new Paragraph("One place for every supported discharge: referrals, the shared bed base, "
                        + "home-care capacity and the funded discharge-to-assess period."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.get().flatMap(HomeView::landingPage).ifPresent(event::forwardTo);
    }

    /**
     * A coordinator's hub board, an MDT's worklist, a provider's own capacity or beds, a manager's dashboard, a
     * caller's calls due.
     */
    static Optional<String> landingPage(HubUser user) {
        return Optional.ofNullable(switch (user.role()) {
            case MANAGER -> "dashboard";
            case COORDINATOR -> "board";
            case MDT -> "mdt";
            case CALLER -> "calls";
            case PROVIDER -> user.providerKind() == ProviderKind.HOME_CARE ? "my-capacity"
                    : user.providerKind() == ProviderKind.BED_BASED ? "my-beds" : null;
        });
    }
}
