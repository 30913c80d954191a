package io.seamgraph.api.analytics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.seamgraph.api.security.Masking;

/**
 * A silo gap's one-line summary is free text written by the gaps job; it may quote an e-mail address, a phone
 * number or a date of birth. Callers who may not see personal data get those masked as everywhere else.
 */
final class GapText {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w-])\\+?\\d(?:[ ()-]?\\d){8,14}(?![\\w-])");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{4})-\\d{2}-\\d{2}\\b(?!T)");

    private GapText() {
    }

    static String masked(String summary) {
        if (summary == null) {
            return null;
        }
        String text = replace(EMAIL, summary, Masking::email);
        text = replace(DATE, text, date -> date.substring(0, 4));
        return replace(PHONE, text, Masking::phone);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> mask) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
