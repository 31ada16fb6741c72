package org.dischargehub.letters;

import java.util.ArrayList;
import java.util.List;

/** Turns a letter's facts into its title, opening lines and sections, in the order a person reads them. */
final class LetterContent {

    private LetterContent() {
    }

    static Letter of(LetterFacts facts) {
        List<Section> sections = new ArrayList<>();
        sections.add(contact(facts.contact()));
        if (facts.kind() == LetterKind.CHANGE) {
            sections.add(new Section("What has changed", List.of(), facts.changes()));
        }
        sections.add(plan(facts));
        sections.add(StandingText.whatMayFollow(facts.format() == LetterFormat.EASY_READ));
        sections.add(StandingText.choices());
        sections.add(StandingText.support());
        sections.add(StandingText.complaints(facts.contact()));
        return new Letter(title(facts.kind()), facts.format(), opening(facts), sections);
    }

    static String title(LetterKind kind) {
        return switch (kind) {
            case TRIAGE -> "What happens next: your plan for leaving hospital";
            case DISCHARGE -> "What happens next: your support after hospital";
            case CHANGE -> "What happens next: your plan has changed";
        };
    }

    static List<String> opening(LetterFacts facts) {
        List<String> lines = new ArrayList<>();
        lines.add("For " + facts.personName() + ", NHS number " + facts.nhsNumber() + ".");
        lines.add("Written on " + UkDates.day(facts.writtenOn()) + ".");
        lines.add("This is letter " + facts.number() + ".");
        if (facts.replaces() != null) {
            lines.add("This letter replaces letter " + facts.replaces() + ".");
        }
        return lines;
    }

    static Section contact(HubContact contact) {
        return new Section("Who to contact", List.of(
                Paragraph.of("Your contact at the discharge hub is " + contact.name() + ".",
                        "Call them with any question or worry about your care.")),
                List.of("Phone: " + contact.directLine(),
                        "When to call: " + contact.hours(),
                        "At other times, call " + contact.outOfHoursNumber()));
    }

    static Section plan(LetterFacts facts) {
        boolean beforeDischarge = facts.kind() == LetterKind.TRIAGE
                || (facts.kind() == LetterKind.CHANGE && facts.dischargedOn() == null);
        List<Paragraph> paragraphs = new ArrayList<>(beforeDischarge
                ? List.of(PlanText.whatWeAreArranging(facts.pathway()))
                : PlanText.afterHospital(facts));
        if (facts.familyName() != null) {
            paragraphs.add(PlanText.keepingInformed(facts.familyName()));
        }
        return Section.of(beforeDischarge ? "What we are arranging" : "Your care after hospital", paragraphs);
    }
}
