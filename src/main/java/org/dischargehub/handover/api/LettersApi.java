package org.dischargehub.handover.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.dischargehub.handover.LetterPdf;
import org.dischargehub.handover.LetterService;
import org.dischargehub.handover.WrittenLetter;
import org.dischargehub.letters.LetterFormat;
import org.dischargehub.letters.LetterKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The "what happens next" letters a person was given, each version kept. */
@RestController
class LettersApi {

    private final LetterService letters;

    LettersApi(LetterService letters) {
        this.letters = letters;
    }

    record LetterJson(String id, int number, LetterKind kind, LetterFormat format, Instant createdAt,
            @Schema(nullable = true) Integer replaces) {

        static LetterJson of(WrittenLetter letter) {
            return new LetterJson(letter.id(), letter.number(), letter.kind(), letter.format(), letter.createdAt(),
                    letter.replaces());
        }
    }

    @Operation(summary = "The letters written for a referral's person, oldest first",
            description = "MDT, COORDINATOR. A letter is written at triage (TRIAGE), at discharge (DISCHARGE) and at "
                    + "every later change of plan (CHANGE: pathway, provider, start date, bed, funding decision); "
                    + "replaces is the number of the letter it replaces. format follows the recorded communication "
                    + "needs (STANDARD, LARGE_PRINT, EASY_READ).")
    @GetMapping("/api/referrals/{id}/letters")
    List<LetterJson> letters(@PathVariable String id) {
        return letters.letters(id).stream().map(LetterJson::of).toList();
    }

    @Operation(summary = "One letter as the person was given it", description = "MDT, COORDINATOR. application/pdf: "
            + "a tagged PDF (PDF/UA) with its fonts embedded. Each read is audited.")
    @GetMapping(value = "/api/letters/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable String id) {
        LetterPdf letter = letters.pdf(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(letter.fileName()).build().toString())
                .body(letter.content());
    }
}
