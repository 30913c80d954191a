package io.seamgraph.sample;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The true person behind the records: who they are, which systems know them, and which silo gap (if any) their
 * journey was given on purpose.
 *
 * @param email     the personal e-mail address, canonical (lower-case)
 * @param workEmail a second address some systems hold, or {@code null}
 * @param mobile    E.164, or {@code null} for someone with no mobile
 * @param devices   app installation ids
 * @param systems   the systems that hold a profile record of the person
 * @param gap       the interaction gap injected into the journey, or {@code null}
 * @param variant   0..99, picks how the gap is injected (which units and channels)
 * @param conflict  the attribute deliberately recorded differently in one system, or {@code null}
 */
record Person(long index, String id, Household household, Names.Given given, String family, LocalDate dob,
              String email, String workEmail, String mobile, List<String> devices, EnumSet<CompanySystem> systems,
              GapType gap, int variant, Conflict conflict) {

    /** The attribute a {@code conflicting_data} gap is about. */
    enum Conflict {
        DATE_OF_BIRTH("date_of_birth"), SURNAME("surname"), ADDRESS("address");

        private final String key;

        Conflict(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    boolean in(CompanySystem system) {
        return systems.contains(system);
    }
}
