package org.dischargehub.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.dischargehub.security.CurrentUser;

@Route("")
@Menu(title = "Home", order = 10, icon = "vaadin:home")
@PageTitle("Home | Discharge Hub")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView() {
        addClassName("home-view");
        String name = CurrentUser.get().map(u -> u.username()).orElse("");
        add(new H2("Welcome, " + name),
                new Paragraph("One place for every supported discharge: referrals, the shared bed base, "
                        + "home-care capacity and the funded discharge-to-assess period."));
    }
}
