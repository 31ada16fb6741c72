package org.dischargehub.handover.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dischargehub.handover.HandoverService;
import org.dischargehub.shared.NotFoundException;
import org.dischargehub.ui.Forms;

/** How to reach the person, for the MDT and the hub to record until the referral closes. */
@Route("referrals/:id/contact")
@PageTitle("Contact details | Discharge Hub")
@RolesAllowed({"MDT", "COORDINATOR", "MANAGER"})
public class ContactView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2("Contact details");
    final Paragraph intro = new Paragraph("Where the person lives, whom to call and what they need to be "
            + "communicated with. The provider delivering their care sees this in its handover.");
    final ContactForm form = new ContactForm();
    final Button save = new Button("Save contact details", e -> save());
    final Anchor back = new Anchor("", "Back to the referral");
    final Paragraph notFound = new Paragraph();
    final Div content = new Div(intro, form, save);

    private final HandoverService handovers;
    private String id = "";

    public ContactView(HandoverService handovers) {
        this.handovers = handovers;
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        notFound.setId("contact-not-found");
        setMaxWidth("60em");
        add(title, back, content, notFound);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").orElse("");
        back.setHref("referrals/" + id);
        try {
            form.show(handovers.contact(id));
            content.setVisible(true);
            notFound.setVisible(false);
        } catch (NotFoundException e) {
            content.setVisible(false);
            notFound.setVisible(true);
            notFound.setText("There is no referral with the reference \"" + id + "\".");
        }
    }

    private void save() {
        if (Forms.submit(form.fields(), () -> form.show(handovers.recordContact(id, form.value())))) {
            Forms.success("Contact details saved");
        }
    }
}
