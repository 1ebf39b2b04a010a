package org.projectnexus.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ({@code ðŸš€} → 🚀, {@code â€”} → —,
 * {@code Ã©} → é). Only runs of two or more such characters whose Windows-1252 bytes form valid
 * UTF-8 are replaced, so correct text ("Größe", "naïve", "»«") is never altered.
 */
final class Mojibake {

    /** Characters Windows-1252 produces for bytes 0x80–0xFF (plus the C1 controls of its holes). */
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static final Pattern RUN = Pattern.compile("[\\u00A0-\\u00FF" + CP1252_HIGH + "]{2,}");

    private Mojibake() {}

    /** The repaired text, and how many runs were repaired. */
    record Result(String text, int repairs) {}

    static Result repair(String text) {
        var matcher = RUN.matcher(text);
        var out = new StringBuilder();
        int repairs = 0;
        while (matcher.find()) {
            var fixed = decode(matcher.group());
            if (fixed != null) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(fixed));
                repairs++;
            } else {
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
            }
        }
        matcher.appendTail(out);
        return new Result(out.toString(), repairs);
    }

    /** The run's Windows-1252 bytes read as UTF-8, or {@code null} if they are not valid UTF-8. */
    private static String decode(String run) {
        var bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int index = CP1252_HIGH.indexOf(c);
            if (index >= 0) {
                bytes[i] = (byte) (0x80 + index);
            } else if (c >= 0xA0 && c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                return null;
            }
        }
        try {
            var decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return decoded.toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
