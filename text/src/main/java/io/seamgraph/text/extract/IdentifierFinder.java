package io.seamgraph.text.extract;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses, phone numbers (libphonenumber's matcher, VALID leniency, so a date or an order number is
 * not read as a phone), social handles and the source's named patterns (order and account numbers) in free text.
 */
public final class IdentifierFinder {

    // The local part and domain as people write them; not RFC 5322, which also allows what nobody types.
    private static final Pattern EMAIL = Pattern.compile(
        "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    // '@' after a space or at the start, so the domain half of an e-mail is never a handle.
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9_]{2,30})(?![\\w@.]*\\.[A-Za-z]{2,}\\b)");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String phoneRegion;
    private final Map<String, Pattern> patterns;

    /** @param patterns named patterns in the order they are tried, e.g. {@code order -> ORD-\d{6}} */
    public IdentifierFinder(String phoneRegion, Map<String, Pattern> patterns) {
        this.phoneRegion = phoneRegion;
        this.patterns = patterns;
    }

    public Identifiers find(String text) {
        if (text == null || text.isBlank()) {
            return new Identifiers(List.of(), List.of(), List.of(), List.of());
        }
        Set<String> emails = new LinkedHashSet<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            emails.add(email.group().toLowerCase(Locale.ROOT));
        }
        Set<String> phones = new LinkedHashSet<>();
        for (PhoneNumberMatch match : PHONES.findNumbers(text, phoneRegion, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            phones.add(PHONES.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164));
        }
        Set<String> handles = new LinkedHashSet<>();
        Matcher handle = HANDLE.matcher(text);
        while (handle.find()) {
            handles.add(handle.group(1).toLowerCase(Locale.ROOT));
        }
        Set<String> named = new LinkedHashSet<>();
        patterns.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                named.add(name + ":" + m.group());
            }
        });
        return new Identifiers(List.copyOf(emails), List.copyOf(phones), List.copyOf(handles), List.copyOf(named));
    }
}
