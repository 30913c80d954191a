package io.seamgraph.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes down what each system knows of a person, with the imperfections of real systems: nicknames and typos,
 * phones in every format, e-mail in odd case or with blanks, missing fields, shared family and placeholder values,
 * an occasional duplicate record, and (for a labelled few) an attribute that contradicts the other systems.
 */
final class Profiles {

    static final long STREAM_RECORDS = 3;

    static final String PLACEHOLDER_EMAIL = "noemail@example.com";
    static final String PLACEHOLDER_PHONE_CRM = "07000000000";
    static final String PLACEHOLDER_PHONE_OTHERS = "0000000000";

    /** Share of a system's persons that have a second record there. */
    private static final int DUPLICATE_PERCENT = 3;

    /** Profiles of one person, and the conflicting records when an attribute conflict was injected. */
    record PersonProfiles(List<ProfileRecord> records, ProfileRecord conflicting, ProfileRecord reference) {
    }

    private final long seed;
    private final TimeAxis axis;

    Profiles(long seed, TimeAxis axis) {
        this.seed = seed;
        this.axis = axis;
    }

    /** The record id a system gives to the {@code ordinal}-th record of a person (or to a nonexistent one). */
    static String recordId(CompanySystem system, long index, int ordinal, long seed) {
        long x = index * 2 + ordinal;
        return switch (system) {
            case CRM -> "CRM-" + Ids.digits(Ids.permute(x, 0, seed), 8);
            case ESP -> "sub_" + Ids.base36(Ids.scramble40(x, seed ^ 0xE5B0L), 8);
            case SHOP -> "A" + Ids.digits(Ids.permute(x, 2, seed), 8);
            case HELPDESK -> "REQ-" + Ids.digits(Ids.permute(x, 3, seed), 8);
            case BILLING -> "BA" + Ids.digits(Ids.permute(x, 4, seed), 8);
            case POS -> "LC63" + Ids.digits(Ids.permute(x, 5, seed), 8);
        };
    }

    PersonProfiles build(Person p) {
        SplittableRandom rng = new SplittableRandom(Ids.streamSeed(seed, STREAM_RECORDS, p.index()));
        List<ProfileRecord> records = new ArrayList<>();
        CompanySystem stale = null;
        if (p.conflict() != null) {
            stale = switch (p.conflict()) {
                case DATE_OF_BIRTH -> rng.nextBoolean() ? CompanySystem.CRM : CompanySystem.SHOP;
                case SURNAME, ADDRESS -> rng.nextBoolean() ? CompanySystem.CRM : CompanySystem.BILLING;
            };
        }
        ProfileRecord conflicting = null;
        ProfileRecord reference = null;
        for (CompanySystem system : CompanySystem.values()) {
            if (!p.in(system)) {
                continue;
            }
            ProfileRecord primary = view(p, system, rng, system == stale);
            records.add(primary);
            if (system == stale) {
                conflicting = primary;
            } else if (stale != null && reference == null && carries(primary, p.conflict())) {
                reference = primary;
            }
            if (rng.nextInt(100) < DUPLICATE_PERCENT) {
                records.add(duplicate(p, primary, rng));
            }
        }
        return new PersonProfiles(records, conflicting, reference);
    }

    private static boolean carries(ProfileRecord r, Person.Conflict conflict) {
        return switch (conflict) {
            case DATE_OF_BIRTH -> r.dateOfBirth != null;
            case SURNAME -> r.familyName != null;
            case ADDRESS -> r.postcode != null && r.addressLine != null;
        };
    }

    private ProfileRecord view(Person p, CompanySystem system, SplittableRandom rng, boolean conflicting) {
        ProfileRecord r = new ProfileRecord(system, 0, recordId(system, p.index(), 0, seed));
        Places.Address address = p.household().address();
        String family = p.family();
        LocalDate dob = p.dob();
        if (conflicting) {
            switch (p.conflict()) {
                case ADDRESS -> address = p.household().previous();
                case SURNAME -> family = Names.otherSurname(p.family(), rng);
                case DATE_OF_BIRTH -> dob = otherDate(p.dob(), rng);
            }
        }
        boolean needDob = p.conflict() == Person.Conflict.DATE_OF_BIRTH;
        r.createdAt = TimeAxis.epochOf(axis.start().minusDays(30 + rng.nextInt(8 * 365)), 420 + rng.nextInt(900));
        r.updatedAt = Math.min(r.createdAt + rng.nextInt(5 * 365) * TimeAxis.DAY, axis.startEpoch() - TimeAxis.DAY)
            + rng.nextInt(3600);
        switch (system) {
            case CRM -> {
                r.givenName = givenAsTyped(p, rng, 20, 3);
                r.familyName = surnameAsTyped(family, rng, 3);
                pickEmail(r, p, rng, 60, 20, 0, 30, true);
                pickPhone(r, p, rng, 80, PLACEHOLDER_PHONE_CRM, 40);
                address(r, address, rng);
                r.dateOfBirth = needDob || rng.nextInt(100) < 70 ? dob : null;
                if (p.in(CompanySystem.BILLING) && rng.nextInt(100) < 40) {
                    r.accountRef = recordId(CompanySystem.BILLING, p.index(), 0, seed);
                }
            }
            case ESP -> {
                int roll = rng.nextInt(100);
                r.givenName = roll < 70 ? p.given().name() : roll < 90 ? Names.nickname(p.given(), rng) : null;
                pickEmail(r, p, rng, 80, 5, 15, 0, false);
                if (r.email == null) {
                    r.email = emailAsTyped(p.email(), rng);
                }
                r.phone = p.mobile() != null && rng.nextInt(100) < 55 ? phoneAsTyped(p.mobile(), rng) : null;
            }
            case SHOP -> {
                r.givenName = givenAsTyped(p, rng, 5, 2);
                r.familyName = surnameAsTyped(family, rng, 2);
                pickEmail(r, p, rng, 95, 5, 0, 0, false);
                if (r.email == null) {
                    r.email = emailAsTyped(p.email(), rng);
                }
                pickPhone(r, p, rng, 70, null, 0);
                address(r, address, rng);
                r.dateOfBirth = needDob || rng.nextInt(100) < 60 ? dob : null;
                if (!p.devices().isEmpty()) {
                    r.devices = String.join(";", p.devices());
                }
                if (p.in(CompanySystem.POS) && rng.nextInt(100) < 40) {
                    r.loyaltyRef = recordId(CompanySystem.POS, p.index(), 0, seed);
                }
            }
            case HELPDESK -> {
                int roll = rng.nextInt(100);
                String given = roll < 80 ? p.given().name() : roll < 90 ? Names.nickname(p.given(), rng)
                    : Names.typo(p.given().name(), rng);
                String surname = rng.nextInt(100) < 4 ? Names.typo(family, rng) : family;
                r.fullName = rng.nextInt(100) < 6 ? surname + ", " + given : given + " " + surname;
                r.familyName = surname;
                pickEmail(r, p, rng, 75, 10, 0, 40, true);
                pickPhone(r, p, rng, 60, PLACEHOLDER_PHONE_OTHERS, 20);
                if (p.in(CompanySystem.SHOP) && rng.nextInt(100) < 40) {
                    r.accountRef = recordId(CompanySystem.SHOP, p.index(), 0, seed);
                }
            }
            case BILLING -> {
                String surname = surnameAsTyped(family, rng, 2);
                r.familyName = rng.nextInt(100) < 30 ? surname.toUpperCase(Locale.ROOT) : surname;
                int roll = rng.nextInt(100);
                r.givenName = roll < 40 ? Names.initial(p.given().name()) + "."
                    : roll < 50 ? Names.initial(p.given().name()) + " " + (char) ('A' + rng.nextInt(26))
                    : p.given().name();
                address(r, address, rng);
                pickEmail(r, p, rng, 55, 0, 30, 30, true);
                pickPhone(r, p, rng, 70, PLACEHOLDER_PHONE_OTHERS, 30);
            }
            case POS -> {
                String given = rng.nextInt(100) < 15 ? Names.nickname(p.given(), rng) : p.given().name();
                r.fullName = given + " " + surnameAsTyped(family, rng, 3);
                r.familyName = family;
                r.phone = p.mobile() != null && rng.nextInt(100) < 85 ? phoneAsTyped(p.mobile(), rng) : null;
                r.email = rng.nextInt(100) < 40 ? emailAsTyped(p.email(), rng) : null;
                r.postcode = Places.postcodeVariant(address.postcode(), rng);
                r.addressLine = null;
            }
        }
        return r;
    }

    /** A second record of the person in the same system: created later, sharing an e-mail or phone with the first. */
    private ProfileRecord duplicate(Person p, ProfileRecord primary, SplittableRandom rng) {
        ProfileRecord d = primary.copyAs(1, recordId(primary.system, p.index(), 1, seed));
        d.createdAt = primary.createdAt + (30 + rng.nextInt(700)) * TimeAxis.DAY;
        d.updatedAt = Math.min(d.createdAt + rng.nextInt(200) * TimeAxis.DAY, axis.startEpoch() - TimeAxis.DAY);
        d.createdAt = Math.min(d.createdAt, d.updatedAt);
        boolean keepEmail = primary.email != null && !primary.placeholderEmail && !primary.householdEmail
            && (primary.phone == null || primary.placeholderPhone || rng.nextBoolean());
        if (keepEmail) {
            d.email = emailAsTyped(primary.email.trim().toLowerCase(Locale.ROOT), rng);
            d.phone = null;
            d.placeholderPhone = false;
        } else {
            d.email = null;
            d.householdEmail = false;
            d.placeholderEmail = false;
            if (primary.phone != null && !primary.placeholderPhone && p.mobile() != null) {
                d.phone = phoneAsTyped(p.mobile(), rng);
            }
        }
        if (d.givenName != null && rng.nextInt(100) < 30) {
            d.givenName = Names.nickname(p.given(), rng);
        }
        d.accountRef = null;
        d.loyaltyRef = null;
        return d;
    }

    private static LocalDate otherDate(LocalDate dob, SplittableRandom rng) {
        LocalDate other = dob.minusYears(1 + rng.nextInt(12)).plusDays(rng.nextInt(300) - 150);
        return other.equals(dob) ? dob.minusYears(3) : other;
    }

    private static String givenAsTyped(Person p, SplittableRandom rng, int nicknamePercent, int typoPercent) {
        int roll = rng.nextInt(100);
        if (roll < nicknamePercent) {
            return Names.nickname(p.given(), rng);
        }
        if (roll < nicknamePercent + typoPercent) {
            return Names.typo(p.given().name(), rng);
        }
        return p.given().name();
    }

    private static String surnameAsTyped(String family, SplittableRandom rng, int typoPercent) {
        return rng.nextInt(100) < typoPercent ? Names.typo(family, rng) : family;
    }

    private static void address(ProfileRecord r, Places.Address a, SplittableRandom rng) {
        r.addressLine = Places.lineVariant(a, rng);
        r.city = rng.nextInt(100) < 3 ? a.town().toUpperCase(Locale.ROOT) : a.town();
        r.postcode = Places.postcodeVariant(a.postcode(), rng);
    }

    /**
     * Chooses the e-mail a system holds: personal, work or family address by the given percentages; otherwise none,
     * or the placeholder some clerks type when a customer gives none.
     */
    private static void pickEmail(ProfileRecord r, Person p, SplittableRandom rng, int personal, int work,
                                  int family, int placeholderOfNone, boolean placeholderAllowed) {
        int roll = rng.nextInt(100);
        String familyEmail = p.household().familyEmail();
        if (roll < family && familyEmail != null) {
            r.email = emailAsTyped(familyEmail, rng);
            r.householdEmail = true;
        } else if (roll < family + personal) {
            r.email = emailAsTyped(p.email(), rng);
        } else if (roll < family + personal + work && p.workEmail() != null) {
            r.email = emailAsTyped(p.workEmail(), rng);
        } else if (roll < family + personal + work) {
            r.email = emailAsTyped(p.email(), rng);
        } else if (placeholderAllowed && rng.nextInt(100) < placeholderOfNone) {
            r.email = PLACEHOLDER_EMAIL;
            r.placeholderEmail = true;
        }
    }

    private static void pickPhone(ProfileRecord r, Person p, SplittableRandom rng, int percent, String placeholder,
                                  int placeholderOfNone) {
        if (p.mobile() != null && rng.nextInt(100) < percent) {
            r.phone = phoneAsTyped(p.mobile(), rng);
        } else if (placeholder != null && rng.nextInt(100) < placeholderOfNone) {
            r.phone = placeholder;
            r.placeholderPhone = true;
        }
    }

    /** The same address in odd case or with stray blanks; it normalises (trim, lower-case) to the original. */
    static String emailAsTyped(String email, SplittableRandom rng) {
        int roll = rng.nextInt(100);
        if (roll < 80) {
            return email;
        }
        if (roll < 92) {
            return capitalise(email);
        }
        if (roll < 96) {
            return email.toUpperCase(Locale.ROOT);
        }
        return " " + email + " ";
    }

    private static String capitalise(String email) {
        StringBuilder b = new StringBuilder(email.length());
        boolean start = true;
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '.' || c == '@' || c == '_';
        }
        return b.toString();
    }

    /** A UK mobile (E.164 {@code +447...}) written the way people and systems write it. */
    static String phoneAsTyped(String e164, SplittableRandom rng) {
        String nsn = e164.substring(3);
        String national = "0" + nsn;
        int roll = rng.nextInt(100);
        if (roll < 40) {
            return national.substring(0, 5) + " " + national.substring(5);
        }
        if (roll < 60) {
            return national;
        }
        if (roll < 75) {
            return "+44 " + nsn.substring(0, 4) + " " + nsn.substring(4);
        }
        if (roll < 85) {
            return e164;
        }
        if (roll < 90) {
            return "0044 " + nsn.substring(0, 4) + " " + nsn.substring(4);
        }
        if (roll < 95) {
            return national.substring(0, 5) + "-" + national.substring(5, 8) + "-" + national.substring(8);
        }
        return "(" + national.substring(0, 5) + ") " + national.substring(5);
    }

    /** E.164 of a UK phone as written (digits only; a leading 0 or 0044 becomes +44). */
    static String e164(String phone) {
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String d = digits.toString();
        if (d.startsWith("0044")) {
            return "+" + d.substring(2);
        }
        if (d.startsWith("44")) {
            return "+" + d;
        }
        if (d.startsWith("0")) {
            return "+44" + d.substring(1);
        }
        return "+" + d;
    }
}
