package org.dischargehub.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** Terms and their values on a card read at a phone's width; a part with nothing to say is left out. */
public final class Facts {

    private Facts() {
    }

    public static void fact(DescriptionList list, String term, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
        }
    }

    /** A number to call from the phone in the reader's hand, after whom it reaches. */
    public static void phone(DescriptionList list, String term, String number, String whom) {
        if ((number == null || number.isBlank()) && whom == null) {
            return;
        }
        DescriptionList.Description description = new DescriptionList.Description();
        if (whom != null) {
            description.add(new Span(whom + (number == null ? "" : ": ")));
        }
        if (number != null && !number.isBlank()) {
            description.add(new Anchor("tel:" + number.replace(" ", ""), number));
        }
        list.add(new DescriptionList.Term(term), description);
    }
}
