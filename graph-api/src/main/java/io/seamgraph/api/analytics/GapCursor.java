package io.seamgraph.api.analytics;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.seamgraph.api.problem.ApiErrors;

/** The silo-gap list's opaque cursor: the URL-safe Base64 of the last key sent. */
final class GapCursor {

    private GapCursor() {
    }

    static String after(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key to start after; {@code ""} (before every key) for no cursor. */
    static String key(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (key.isEmpty() || key.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("not a key");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw ApiErrors.badParameter("cursor", "it is not a cursor this API made.",
                "Pass the 'next' of the previous page unchanged, or leave it out for the first page.");
        }
    }
}
