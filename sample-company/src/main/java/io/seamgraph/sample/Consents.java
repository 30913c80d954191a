package io.seamgraph.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person agreed to, and when, as the marketing platform and the shop record it. The marketing platform keeps
 * one flag per purpose ({@code marketing_email}, {@code marketing_sms}) with the time it was last set; the shop keeps a
 * newsletter flag (consent to marketing e-mail) with its time. A flag granted at sign-up may be withdrawn during the
 * window; the extracts show the latest value.
 */
final class Consents {

    static final long NEVER = Long.MAX_VALUE;

    boolean emailGranted;
    long emailWithdrawnAt = NEVER;
    boolean smsGranted;
    long smsWithdrawnAt = NEVER;
    long espSince = Touch.NONE;

    boolean newsletter;
    long newsletterAt = Touch.NONE;

    boolean emailAllowedAt(long at) {
        return emailGranted && at < emailWithdrawnAt;
    }

    boolean smsAllowedAt(long at) {
        return smsGranted && at < smsWithdrawnAt;
    }

    boolean emailFlag() {
        return emailGranted && emailWithdrawnAt == NEVER;
    }

    long emailFlagAt() {
        return emailWithdrawnAt == NEVER ? espSince : emailWithdrawnAt;
    }

    boolean smsFlag() {
        return smsGranted && smsWithdrawnAt == NEVER;
    }

    long smsFlagAt() {
        return smsWithdrawnAt == NEVER ? espSince : smsWithdrawnAt;
    }

    /** The flags as written to the profile extracts, for {@link GapRules#consentConflict}. */
    List<GapRules.Consent> facts(Person person) {
        List<GapRules.Consent> facts = new ArrayList<>(3);
        if (person.in(CompanySystem.ESP)) {
            facts.add(new GapRules.Consent("esp", Company.MARKETING, Company.PURPOSE_EMAIL, emailFlag(), emailFlagAt()));
            facts.add(new GapRules.Consent("esp", Company.MARKETING, Company.PURPOSE_SMS, smsFlag(), smsFlagAt()));
        }
        if (person.in(CompanySystem.SHOP)) {
            facts.add(new GapRules.Consent("shop", Company.ECOMMERCE, Company.PURPOSE_EMAIL, newsletter, newsletterAt));
        }
        return facts;
    }
}
