package org.dischargehub.notice;

/**
 * Something happened that the signed-in person acts on, said as people say it: what ({@code headline}, e.g. "Offer
 * accepted"), who and what in a sentence, and the page where to act on it.
 */
public record Notice(String headline, String text, String link, String linkText) {
}
