package io.seamgraph.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Creates households and the true persons in them. Everything about household {@code h} comes from a random stream
 * seeded by (seed, h), and everything about person {@code i} from one seeded by (seed, i), so the output does not
 * depend on the order in which they are made.
 */
final class People {

    static final long STREAM_HOUSEHOLD = 1;
    static final long STREAM_PERSON = 2;

    /** Share of persons given each interaction gap on purpose (eight types, at most one per person). */
    static final double INTERACTION_GAP_SHARE = 0.045;
    /** Share of persons with one attribute recorded differently in one system. */
    static final double CONFLICT_SHARE = 0.05;

    private static final String[] PERSONAL_DOMAINS = {
        "inbox.example.com", "mail.example.net", "post.example.org", "webmail.example.com", "home.example.net"};
    private static final String[] WORK_DOMAINS = {
        "northwind.example.com", "contoso.example.org", "fabrikam.example.net", "tailspin.example.com"};
    private static final List<GapType> INTERACTION_GAPS =
        java.util.Arrays.stream(GapType.values()).filter(GapType::inInteractions).toList();
    /** 071, 072 and 073 numbers are valid UK mobiles whatever the eight digits after them (libphonenumber agrees). */
    private static final char[] MOBILE_PREFIX = {'1', '2', '3'};

    private final long seed;
    private final LocalDate windowStart;

    People(long seed, LocalDate windowStart) {
        this.seed = seed;
        this.windowStart = windowStart;
    }

    Household household(long index, long firstPerson, long customers) {
        SplittableRandom rng = new SplittableRandom(Ids.streamSeed(seed, STREAM_HOUSEHOLD, index));
        int roll = rng.nextInt(100);
        int size = roll < 45 ? 1 : roll < 75 ? 2 : roll < 88 ? 3 : 4;
        size = (int) Math.min(size, customers - firstPerson);
        String family = Names.surname(rng);
        Places.Address address = Places.address(rng);
        Places.Address previous = Places.address(rng);
        String familyEmail = null;
        if (size >= 2 && rng.nextInt(100) < 70) {
            familyEmail = letters(family) + (rng.nextBoolean() ? "family" : "s") + Ids.permute(index, 6, seed)
                + "@" + PERSONAL_DOMAINS[rng.nextInt(PERSONAL_DOMAINS.length)];
        }
        return new Household(index, "H-" + Ids.digits(index + 1, 7), firstPerson, size, family, address, previous,
            familyEmail);
    }

    Person person(long index, Household household) {
        SplittableRandom rng = new SplittableRandom(Ids.streamSeed(seed, STREAM_PERSON, index));
        Names.Given given = Names.given(rng);
        String family = index == household.firstPerson() || rng.nextInt(100) < 80 ? household.family()
            : Names.surname(rng);
        int age = 18 + rng.nextInt(68);
        LocalDate dob = windowStart.minusYears(age).minusDays(rng.nextInt(365));

        long number = Ids.permute(index, 7, seed);
        String first = letters(given.name());
        String last = letters(family);
        String local = switch (rng.nextInt(5)) {
            case 0 -> first + "." + last;
            case 1 -> first + "_" + last;
            case 2 -> first.charAt(0) + last;
            case 3 -> last + "." + first;
            default -> first + last;
        };
        String email = local + number + "@" + PERSONAL_DOMAINS[rng.nextInt(PERSONAL_DOMAINS.length)];
        String workEmail = rng.nextInt(100) < 15
            ? first + "." + last + "." + number + "@" + WORK_DOMAINS[rng.nextInt(WORK_DOMAINS.length)] : null;
        String mobile = rng.nextInt(100) < 92 ? mobile(index) : null;
        List<String> devices = new ArrayList<>();
        if (rng.nextInt(100) < 45) {
            int count = rng.nextInt(100) < 75 ? 1 : 2;
            for (int k = 0; k < count; k++) {
                String os = rng.nextBoolean() ? "ios-" : "and-";
                devices.add(os + Ids.hex(Ids.scramble40(index * 4 + k, seed ^ 0xDE71CEL), 10));
            }
        }

        EnumSet<CompanySystem> systems = EnumSet.noneOf(CompanySystem.class);
        addIf(systems, CompanySystem.SHOP, rng, 70);
        addIf(systems, CompanySystem.ESP, rng, 60);
        addIf(systems, CompanySystem.CRM, rng, 50);
        addIf(systems, CompanySystem.HELPDESK, rng, 35);
        addIf(systems, CompanySystem.BILLING, rng, 50);
        addIf(systems, CompanySystem.POS, rng, 30);
        if (systems.isEmpty()) {
            systems.add(CompanySystem.SHOP);
        }

        GapType gap = null;
        double u = rng.nextDouble();
        if (u < INTERACTION_GAP_SHARE * INTERACTION_GAPS.size()) {
            gap = INTERACTION_GAPS.get((int) (u / INTERACTION_GAP_SHARE));
        }
        int variant = rng.nextInt(100);
        Person.Conflict conflict = null;
        if (rng.nextDouble() < CONFLICT_SHARE) {
            conflict = Person.Conflict.values()[rng.nextInt(Person.Conflict.values().length)];
        }
        systems.addAll(Injections.requiredSystems(gap, variant));
        if (conflict != null) {
            systems.addAll(switch (conflict) {
                case DATE_OF_BIRTH -> EnumSet.of(CompanySystem.CRM, CompanySystem.SHOP);
                case SURNAME, ADDRESS -> EnumSet.of(CompanySystem.CRM, CompanySystem.BILLING);
            });
        }
        return new Person(index, "P-" + Ids.digits(index + 1, 7), household, given, family, dob, email, workEmail,
            mobile, List.copyOf(devices), systems, gap, variant, conflict);
    }

    /** A unique UK mobile number in E.164: 07[123] and eight digits that are a bijection of the person index. */
    private String mobile(long index) {
        long rest = Ids.permute(index, 8, seed);
        int prefix = (int) Math.floorMod(Ids.mix(seed + index), (long) MOBILE_PREFIX.length);
        return "+447" + MOBILE_PREFIX[prefix] + Ids.digits(rest, 8);
    }

    private static void addIf(EnumSet<CompanySystem> systems, CompanySystem system, SplittableRandom rng, int percent) {
        if (rng.nextInt(100) < percent) {
            systems.add(system);
        }
    }

    static String letters(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
