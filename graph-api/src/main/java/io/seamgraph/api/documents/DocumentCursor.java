package io.seamgraph.api.documents;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.seamgraph.api.problem.ApiErrors;

/**
 * Where the next page of a customer's documents starts: opaque to callers, the URL-safe Base64 of the last document's
 * time (epoch milliseconds, -1 for none) and key, {@code millis:key}.
 *
 * @param afterMillis the last time sent; -2, before every document, for the first page
 * @param afterKey    the last key sent at that time
 */
record DocumentCursor(long afterMillis, String afterKey) {

    static final DocumentCursor FIRST = new DocumentCursor(-2, "");

    static String after(long millis, String key) {
        return Base64.getUrlEncoder().withoutPadding()
            .encodeToString((millis + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    static DocumentCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return FIRST;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0 && decoded.substring(0, colon).matches("-1|\\d{1,18}") && colon < decoded.length() - 1
                    && decoded.chars().noneMatch(Character::isISOControl)) {
                return new DocumentCursor(Long.parseLong(decoded.substring(0, colon)), decoded.substring(colon + 1));
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below, as for any other cursor we did not hand out
        }
        throw ApiErrors.badParameter("cursor", "it is not a cursor this API handed out.",
            "Pass the nextCursor of the previous page unchanged, or leave cursor out to start at the beginning.");
    }
}
