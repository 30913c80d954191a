package io.seamgraph.ingest.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes a text file whose encoding nobody declared: UTF-8 when it decodes cleanly (most files), a byte-order
 * mark when there is one, else Tika's charset detector when it is confident. Anything else is refused rather than
 * read as mojibake: a wrong decoding would feed wrong words to language, sentiment and identifiers.
 */
final class TextDecoder {

    private static final int MIN_CONFIDENCE = 30;
    private static final double MAX_CONTROL_SHARE = 0.02;

    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws DocumentRejected {
        String text = strict(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            if (match == null || match.getConfidence() < MIN_CONFIDENCE || !Charset.isSupported(match.getName())) {
                throw new DocumentRejected("unknown encoding: not UTF-8, and no encoding detected with confidence");
            }
            text = strict(bytes, Charset.forName(match.getName()));
            if (text == null) {
                throw new DocumentRejected("unknown encoding: does not decode as the detected " + match.getName());
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        if (control > MAX_CONTROL_SHARE * Math.max(1, text.length())) {
            throw new DocumentRejected("unknown encoding: " + control + " control characters in " + text.length()
                + "; binary data, not text");
        }
        return text;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
