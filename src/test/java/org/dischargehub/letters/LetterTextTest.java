package org.dischargehub.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What each letter says, read back from the PDF as a screen reader or a copy-and-paste would. */
class LetterTextTest {

    private final LetterWriter writer = new LetterWriter();

    private String text(LetterFacts facts) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(facts))) {
            return Pdfs.text(pdf);
        }
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void every_letter_names_the_contact_what_may_follow_the_choices_help_and_how_to_complain(LetterKind kind)
            throws IOException {
        String text = text(LetterFactsFactory.facts(kind, LetterFormat.STANDARD, 1, null, null));

        assertThat(text).contains("For Margaret Hughes, NHS number 943 476 5919.",
                "Your contact at the discharge hub is Priya Shah.", "Phone: 0113 496 0123",
                "When to call: Monday to Friday, 8am to 6pm", "At other times, call 0113 496 0999",
                "NHS Continuing Healthcare", "NHS-funded nursing care", "a financial assessment",
                "Paying for your care yourself", "You can say no to any part of it.", "An advocate",
                "a carer's assessment", "Please tell us first. Call Priya Shah on 0113 496 0123.",
                "Local Government and Social Care Ombudsman", "Patient Advice and Liaison Service (PALS)");
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void no_letter_uses_iso_dates_or_the_services_jargon(LetterKind kind) throws IOException {
        String text = text(LetterFactsFactory.facts(kind, LetterFormat.STANDARD, 2, "Tom Jones", 1));

        assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContainIgnoringCase("pathway")
                .doesNotContain("D2A", "P1", "P2");
    }

    @Test
    void a_triage_letter_says_what_the_team_is_arranging_on_each_pathway() throws IOException {
        assertThat(text(LetterFactsFactory.triage(0, null))).contains("You are going home.",
                "You do not need any new care or support at home.",
                "Someone will phone you after you get home to check you are safe and well.");
        assertThat(text(LetterFactsFactory.triage(1, null)))
                .contains("You are going home with care and support at home.", "Carers will visit you at home");
        assertThat(text(LetterFactsFactory.triage(2, null)))
                .contains("You will have a short stay in a bed outside hospital.", "This is called rehabilitation.")
                .doesNotContain("You are going home");
        assertThat(text(LetterFactsFactory.triage(3, null)))
                .contains("You will move to a bed for people who need the most care.",
                        "we will work out with you what care you need in the longer term.");
    }

    @Test
    void a_triage_letter_says_nothing_of_discharge_day_providers_or_money_not_yet_decided() throws IOException {
        String text = text(LetterFactsFactory.triage(1, null));

        assertThat(text).contains("What we are arranging").doesNotContain("You leave hospital", "free until",
                "Bright Homecare", "replaces letter");
    }

    @Test
    void a_triage_letter_without_consent_does_not_mention_anyone_kept_informed() throws IOException {
        String text = text(LetterFactsFactory.triage(1, null));

        assertThat(text).doesNotContain("informed", "Tom Jones").doesNotContainIgnoringCase("family");
    }

    @Test
    void a_triage_letter_with_consent_says_the_hub_keeps_that_person_informed() throws IOException {
        assertThat(text(LetterFactsFactory.triage(2, "Tom Jones")))
                .contains("We will keep Tom Jones informed about your plan, as you asked.");
    }

    @Test
    void a_pathway_0_discharge_letter_gives_the_day_of_the_safe_and_well_call_and_no_provider() throws IOException {
        String text = text(LetterFactsFactory.discharge(0));

        assertThat(text).contains("You leave hospital on Monday 7 December 2026.",
                        "Someone will phone you by Wednesday 9 December 2026 to check you are safe and well.")
                .doesNotContain("Bright Homecare", "Your bed", "free until", "assess your needs");
    }

    @Test
    void a_pathway_1_discharge_letter_names_the_provider_the_start_day_and_the_hours() throws IOException {
        String text = text(LetterFactsFactory.discharge(1));

        assertThat(text).contains("Bright Homecare will give you care and support at home.",
                "They start on Monday 7 December 2026.", "Their carers will visit for 10.5 hours a week in total.")
                .doesNotContain("Your bed");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void a_bed_discharge_letter_names_the_setting_who_runs_it_and_the_bed(int pathway) throws IOException {
        String text = text(LetterFactsFactory.discharge(pathway));

        assertThat(text).contains("Your bed is at Oakwood House, Harehills.", "It is run by Oakwood Care Ltd.",
                "Your room or bed is Room 4.", "You move there on Monday 7 December 2026.")
                .doesNotContain("Bright Homecare");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void a_discharge_letter_gives_the_assessment_the_check_in_call_and_the_free_period(int pathway)
            throws IOException {
        String text = text(LetterFactsFactory.discharge(pathway));

        assertThat(text).contains("We will assess your needs by Monday 21 December 2026.",
                "We will phone you on Thursday 10 December 2026 to see how you are getting on.",
                "Your care is free until Sunday 3 January 2027: 4 weeks under Leeds discharge funding.");
    }

    @Test
    void a_change_letter_lists_the_changes_and_the_letter_it_replaces() throws IOException {
        String text = text(LetterFactsFactory.change(
                List.of("Your care now starts on Monday 14 December 2026.", "Bright Homecare now visits you."), 1));

        assertThat(text).contains("What happens next: your plan has changed", "This is letter 2.",
                "This letter replaces letter 1.", "What has changed",
                "Your care now starts on Monday 14 December 2026.", "Bright Homecare now visits you.",
                "They start on Monday 14 December 2026.");
    }

    @Test
    void a_change_before_discharge_says_what_is_now_being_arranged() throws IOException {
        LetterFacts triage = LetterFactsFactory.triage(2, null);
        LetterFacts change = new LetterFacts(LetterKind.CHANGE, LetterFormat.STANDARD, 2, triage.writtenOn(),
                triage.personName(), triage.nhsNumber(), 3, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of("You now need a bed for people who need the most care."), 1,
                triage.contact());

        assertThat(text(change)).contains("You now need a bed for people who need the most care.",
                "What we are arranging", "You will move to a bed for people who need the most care.")
                .doesNotContain("Your care after hospital", "You leave hospital");
    }

    @Test
    void a_letter_that_replaces_none_does_not_say_it_replaces_one() throws IOException {
        assertThat(text(LetterFactsFactory.change(List.of("A new start day."), null))).doesNotContain("replaces");
    }

    @Test
    void any_later_letter_says_which_letter_it_replaces() throws IOException {
        assertThat(text(LetterFactsFactory.facts(LetterKind.DISCHARGE, LetterFormat.STANDARD, 1, null, 2)))
                .contains("This is letter 3.", "This letter replaces letter 2.");
    }

    @Test
    void an_easy_read_letter_puts_each_sentence_on_a_line_of_its_own() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.inFormat(LetterFormat.EASY_READ)))) {
            List<String> lines = new PDFTextStripper().getText(pdf).lines().map(String::strip).toList();

            assertThat(lines).contains("Bright Homecare will give you care and support at home.",
                    "They start on Monday 7 December 2026.", "Please tell us first.", "It is free.");
        }
    }

    @Test
    void an_easy_read_letter_explains_who_may_pay_in_plainer_words() throws IOException {
        assertThat(text(LetterFactsFactory.inFormat(LetterFormat.EASY_READ))).contains(
                "The NHS may pay for all your care. This is called NHS Continuing Healthcare.",
                "First they look at your money. This is called a financial assessment.");
        assertThat(text(LetterFactsFactory.inFormat(LetterFormat.STANDARD))).doesNotContain(
                "The NHS may pay for all your care.");
    }

    @Test
    void a_standard_letter_runs_the_sentences_of_a_paragraph_together() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.inFormat(LetterFormat.STANDARD)))) {
            List<String> lines = new PDFTextStripper().getText(pdf).lines().map(String::strip).toList();

            assertThat(lines).doesNotContain("They start on Monday 7 December 2026.", "Please tell us first.");
        }
    }
}
