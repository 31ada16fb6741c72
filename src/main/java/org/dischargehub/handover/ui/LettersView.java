package org.dischargehub.handover.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import org.dischargehub.handover.LetterService;
import org.dischargehub.handover.WrittenLetter;
import org.dischargehub.letters.LetterKind;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.NotFoundException;

/** Every "what happens next" letter the person was given, newest first, each to open or print as it was written. */
@Route("referrals/:id/letters")
@PageTitle("Letters | Discharge Hub")
@RolesAllowed({"MDT", "COORDINATOR", "MANAGER"})
public class LettersView extends VerticalLayout implements BeforeEnterObserver {

    final UnorderedList letters = new UnorderedList();
    final Paragraph empty = new Paragraph("No letter yet: the first is written when the person is triaged.");
    final Anchor back = new Anchor("", "Back to the referral");

    private final LetterService service;
    private final HumanTime time;

    public LettersView(LetterService service, Clock clock) {
        this.service = service;
        this.time = new HumanTime(clock);
        letters.setId("letters");
        add(new H2("Letters"), back, new Paragraph("A letter is written at triage, at discharge and whenever the "
                + "plan changes; each later letter says what changed and which letter it replaces."), letters, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        back.setHref("referrals/" + id);
        letters.removeAll();
        List<WrittenLetter> written;
        try {
            written = service.letters(id);
        } catch (NotFoundException e) {
            written = List.of();
            empty.setText("There is no referral with the reference \"" + id + "\".");
        }
        for (int i = written.size() - 1; i >= 0; i--) {
            letters.add(item(written.get(i)));
        }
        empty.setVisible(written.isEmpty());
    }

    private ListItem item(WrittenLetter letter) {
        String name = "Letter " + letter.number() + ": " + kind(letter.kind());
        Span said = new Span(", written " + time.dateTime(letter.createdAt()) + " by " + letter.createdBy()
                + (letter.replaces() == null ? "" : "; replaces letter " + letter.replaces()) + ". ");
        StreamResource pdf = new StreamResource(letter.fileName(),
                () -> new ByteArrayInputStream(service.pdf(letter.id()).content()));
        pdf.setContentType("application/pdf");
        Anchor open = new Anchor(pdf, "Open or print " + name.toLowerCase().replace(": ", ", ") + " (PDF)");
        open.setTarget(AnchorTarget.BLANK);
        open.setId("letter-" + letter.number());
        return new ListItem(new Span(name), said, open);
    }

    private static String kind(LetterKind kind) {
        return switch (kind) {
            case TRIAGE -> "the plan at triage";
            case DISCHARGE -> "leaving hospital";
            case CHANGE -> "the plan changed";
        };
    }
}
