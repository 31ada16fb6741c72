package org.dischargehub.letters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What the team is arranging, before discharge, and who comes when, after: in plain words, from the facts only. */
final class PlanText {

    private PlanText() {
    }

    static Paragraph keepingInformed(String familyName) {
        return Paragraph.of("We will keep " + familyName + " informed about your plan, as you asked.");
    }

    static Paragraph whatWeAreArranging(int pathway) {
        return switch (pathway) {
            case 0 -> Paragraph.of("You are going home.", "You do not need any new care or support at home.",
                    "Someone will phone you after you get home to check you are safe and well.");
            case 1 -> Paragraph.of("You are going home with care and support at home.",
                    "Carers will visit you at home to help with everyday things, such as washing and dressing.");
            case 2 -> Paragraph.of("You will have a short stay in a bed outside hospital.",
                    "Staff there will help you get stronger and do more for yourself.",
                    "This is called rehabilitation.", "Then we will plan with you how you get home.");
            case 3 -> Paragraph.of("You will move to a bed for people who need the most care.",
                    "While you are there, we will work out with you what care you need in the longer term.");
            default -> throw new IllegalArgumentException("A pathway is 0 to 3, not " + pathway);
        };
    }

    static List<Paragraph> afterHospital(LetterFacts facts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        if (facts.dischargedOn() != null) {
            paragraphs.add(Paragraph.of("You leave hospital on " + UkDates.day(facts.dischargedOn()) + "."));
        }
        paragraphs.add(whoComesWhen(facts));
        if (facts.assessmentDue() != null) {
            paragraphs.add(Paragraph.of("We will assess your needs by " + UkDates.day(facts.assessmentDue()) + ".",
                    "This means we talk with you about what help you need in the longer term."));
        }
        if (facts.checkInCallOn() != null) {
            paragraphs.add(checkInCall(facts));
        }
        if (facts.freeUntil() != null) {
            paragraphs.add(freeUntil(facts));
        }
        return paragraphs;
    }

    static Paragraph whoComesWhen(LetterFacts facts) {
        return switch (facts.pathway()) {
            case 0 -> Paragraph.of("You do not need any new care or support at home.");
            case 1 -> homeCare(facts);
            case 2, 3 -> bed(facts);
            default -> throw new IllegalArgumentException("A pathway is 0 to 3, not " + facts.pathway());
        };
    }

    private static Paragraph homeCare(LetterFacts facts) {
        if (facts.providerName() == null) {
            return stillArranging("who will give you care at home");
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(facts.providerName() + " will give you care and support at home.");
        if (facts.startDate() != null) {
            sentences.add("They start on " + UkDates.day(facts.startDate()) + ".");
        }
        if (facts.hoursPerWeek() != null) {
            sentences.add("Their carers will visit for " + hours(facts.hoursPerWeek()) + " a week in total.");
        }
        return new Paragraph(sentences);
    }

    private static Paragraph bed(LetterFacts facts) {
        if (facts.settingName() == null) {
            return stillArranging("where your bed will be");
        }
        List<String> sentences = new ArrayList<>();
        sentences.add("Your bed is at " + facts.settingName() + ".");
        if (facts.providerName() != null) {
            sentences.add("It is run by " + facts.providerName() + ".");
        }
        if (facts.bedCode() != null) {
            sentences.add("Your room or bed is " + facts.bedCode() + ".");
        }
        if (facts.startDate() != null) {
            sentences.add("You move there on " + UkDates.day(facts.startDate()) + ".");
        }
        return new Paragraph(sentences);
    }

    private static Paragraph stillArranging(String what) {
        return Paragraph.of("We are still arranging " + what + ".", "We will tell you as soon as we know.");
    }

    private static Paragraph checkInCall(LetterFacts facts) {
        String day = UkDates.day(facts.checkInCallOn());
        return facts.pathway() == 0
                ? Paragraph.of("Someone will phone you by " + day + " to check you are safe and well.")
                : Paragraph.of("We will phone you on " + day + " to see how you are getting on.");
    }

    static Paragraph freeUntil(LetterFacts facts) {
        String until = "Your care is free until " + UkDates.day(facts.freeUntil());
        if (facts.freeWeeks() != null && facts.schemeName() != null) {
            int weeks = facts.freeWeeks();
            until += ": " + weeks + (weeks == 1 ? " week" : " weeks") + " under " + facts.schemeName();
        }
        return Paragraph.of(until + ".",
                "After that, you may have to pay towards your care.",
                "We will talk with you about this before then.");
    }

    static String hours(BigDecimal hours) {
        String number = hours.stripTrailingZeros().toPlainString();
        return number + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }
}
