package io.seamgraph.api.journey;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.seamgraph.api.problem.ApiErrors;

/**
 * Where the next page of a journey starts: opaque to callers, the URL-safe Base64 of the last {@code seq} they got.
 */
final class JourneyCursor {

    static final String PARAMETER = "cursor";

    private JourneyCursor() {
    }

    static String after(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The seq a cursor stands for; -1, before the first step, when there is none (or it is blank). */
    static long seq(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return -1;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            if (decoded.matches("\\d{1,18}")) {
                return Long.parseLong(decoded);
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below, as for any other cursor we did not hand out
        }
        throw ApiErrors.badParameter(PARAMETER, "'" + cursor + "' is not a cursor this API handed out.",
            "Pass the nextCursor of the previous page unchanged, or leave cursor out to start at the beginning.");
    }
}
