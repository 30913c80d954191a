package io.seamgraph.ingest.normalise;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Reads a phone number as written by any system and returns it in E.164, with libphonenumber. */
public final class PhoneNormaliser {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNormaliser() {
    }

    /** @param defaultRegion ISO 3166 region for numbers written without a country code (e.g. {@code GB}) */
    public static Outcome<String> normalise(String raw, String defaultRegion) {
        String text = Text.clean(raw);
        if (text == null) {
            return Outcome.absent();
        }
        try {
            PhoneNumber number = UTIL.parse(text, defaultRegion);
            if (!UTIL.isPossibleNumber(number)) {
                return Outcome.invalid("not a possible phone number for region " + defaultRegion + ": '" + text + "'");
            }
            return Outcome.ok(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Outcome.invalid("not a phone number (" + e.getErrorType() + "): '" + text + "'");
        }
    }
}
