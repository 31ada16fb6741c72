package org.dischargehub.letters;

import java.util.List;

/** What every letter says, whatever the plan: what may follow, the person's choices, help, and how to complain. */
final class StandingText {

    private static final List<String> FUNDING = List.of(
            "NHS Continuing Healthcare: if your needs are mainly health needs, the NHS pays for all your care.",
            "NHS-funded nursing care: if you live in a care home with nursing, the NHS pays a set amount towards"
                    + " your nursing.",
            "Care paid for by the council: the council looks at your income and savings (a financial assessment)"
                    + " to work out what you pay, if anything.",
            "Paying for your care yourself: if your savings are above a set amount, you pay for your own care."
                    + " You can still ask the council for advice.");

    private static final List<String> EASY_READ_FUNDING = List.of(
            "The NHS may pay for all your care. This is called NHS Continuing Healthcare.",
            "If you live in a care home with nurses, the NHS pays for your nursing. This is called NHS-funded"
                    + " nursing care.",
            "The council may pay for some of your care. First they look at your money. This is called a financial"
                    + " assessment.",
            "You may pay for your care yourself. This is if you have savings over a set amount. The council can"
                    + " still help with advice.");

    private StandingText() {
    }

    static Section whatMayFollow(boolean easyRead) {
        return new Section("What may happen later", List.of(
                Paragraph.of("Some care is free for a short time after you leave hospital.",
                        "After that, one of these may apply to you.",
                        "We will explain which one, and you can ask us at any time.")),
                easyRead ? EASY_READ_FUNDING : FUNDING);
    }

    static Section choices() {
        return Section.of("Your choices", List.of(
                Paragraph.of("This is your plan, and you have a say in it."),
                Paragraph.of("You can say no to any part of it."),
                Paragraph.of("You can ask for a different care provider or place.",
                        "We will tell you what is available."),
                Paragraph.of("You can ask someone you trust to be with you when we talk about your care.")));
    }

    static Section support() {
        return Section.of("Help for you and your carer", List.of(
                Paragraph.of("An advocate is someone independent who helps you say what you want.",
                        "If you would like one, ask us and we will arrange it.", "It is free."),
                Paragraph.of("If someone looks after you without being paid, they are a carer.",
                        "They can ask the council for a carer's assessment.",
                        "This finds out what help they can get.")));
    }

    static Section complaints(HubContact contact) {
        return Section.of("If you are not happy", List.of(
                Paragraph.of("Please tell us first.",
                        "Call " + contact.name() + " on " + contact.directLine() + ".",
                        "We will try to put things right."),
                Paragraph.of("If we cannot put things right, you can complain to the Local Government and Social"
                                + " Care Ombudsman.",
                        "They are independent and it is free.", "Their website is www.lgo.org.uk."),
                Paragraph.of("For care from the NHS, such as hospital or community nursing, you can also contact the"
                                + " Patient Advice and Liaison Service (PALS) at the hospital.")));
    }
}
