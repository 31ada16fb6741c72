package org.dischargehub.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.dischargehub.notice.Notice;
import org.dischargehub.notice.NoticeService;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.dischargehub.ui.LiveUpdates;

/**
 * Notices of what happened, as they happen on any node, in a polite live region: a screen reader reads each new one
 * out without moving focus, and each stays, in words and a link to where to act, until the person dismisses it or
 * follows its link. The newest {@value #KEPT} are kept.
 */
public class NoticeTray extends Div {

    static final int KEPT = 5;

    private int shown;

    public NoticeTray(NoticeService notices, LiveUpdates live) {
        setId("notices");
        addClassName("notice-tray");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "false");
        getElement().setAttribute("aria-relevant", "additions");
        getElement().setAttribute("aria-label", "Notifications");
        Role role = CurrentUser.get().map(HubUser::role).orElse(null);
        live.tellEach(this, change -> NoticeService.tells(role, change),
                change -> notices.about(change).ifPresent(this::show));
    }

    void show(Notice notice) {
        Div card = new Div();
        card.addClassName("notice");
        card.setId("notice-" + ++shown);
        Span headline = new Span(notice.headline() + ": ");
        headline.addClassName("notice-headline");
        Anchor act = new Anchor(notice.link(), notice.linkText());
        act.getElement().addEventListener("click", e -> card.removeFromParent());
        Button dismiss = new Button("Dismiss", e -> dismiss(card));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.setAriaLabel("Dismiss: " + notice.headline());
        Div actions = new Div(act, dismiss);
        actions.addClassName("notice-actions");
        card.add(new Paragraph(headline, new Span(notice.text())), actions);
        add(card);
        while (getComponentCount() > KEPT) {
            remove(getComponentAt(0));
        }
    }

    /** Focus, which was on the card's button, goes to the next notice's, or back to the page's content. */
    private void dismiss(Div card) {
        int at = indexOf(card);
        remove(card);
        if (getComponentCount() == 0) {
            getElement().executeJs("document.getElementById('main-content').focus()");
        } else {
            getComponentAt(Math.min(at, getComponentCount() - 1)).getElement()
                    .executeJs("this.querySelector('vaadin-button').focus()");
        }
    }
}
