package org.dischargehub.messages;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message says. A letter is its PDF; a text is written here, with Notify's {@code ((placeholder))} syntax so
 * the same words can be set up as Notify templates. A text carries no clinical detail: it says only that there is
 * news and whom to call, and it takes no values but its placeholders, so nothing else can be slipped into it.
 */
public enum MessageTemplate {

    LETTER(Channel.LETTER, "Letter by post", "The \"what happens next\" letter, as the attached PDF"),
    LETTER_ON_ITS_WAY(Channel.SMS, "Text: a letter is on its way", "Discharge Hub: a letter about your care is on "
            + "its way to you. If you have any questions, call the hub on ((hub_phone)), ((hub_hours))."),
    FAMILY_UPDATE(Channel.SMS, "Text: an update for the family", "Discharge Hub: ((name)) asked us to keep you "
            + "informed. There is an update about their care: please call the hub on ((hub_phone)), ((hub_hours)).");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\(\\(([a-z_]+)\\)\\)");

    private final Channel channel;
    private final String label;
    private final String text;

    MessageTemplate(Channel channel, String label, String text) {
        this.channel = channel;
        this.label = label;
        this.text = text;
    }

    /** What the message is, as staff would say it. */
    public String label() {
        return label;
    }

    public Channel channel() {
        return channel;
    }

    /** The names the text needs a value for. */
    public Set<String> placeholders() {
        Set<String> names = new TreeSet<>();
        if (channel == Channel.SMS) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The words as sent: a text with its values filled in; for a letter, what the attachment is. */
    public String render(Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }
}
