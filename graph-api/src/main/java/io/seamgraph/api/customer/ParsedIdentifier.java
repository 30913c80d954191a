package io.seamgraph.api.customer;

import java.util.List;

/**
 * What an identifier was read as, and the keys to look up, in order: the first that finds customers wins.
 *
 * @param rule    which of {@link IdentifierParser}'s rules applied
 * @param lookups the keys to try
 */
record ParsedIdentifier(Rule rule, List<Lookup> lookups) {

    enum Rule { EMAIL, PHONE, KEY }

    /** A key of a source record or of an identity. */
    record Lookup(Target target, String key) {

        enum Target { RECORD, IDENTITY }

        static Lookup record(String key) {
            return new Lookup(Target.RECORD, key);
        }

        static Lookup identity(String key) {
            return new Lookup(Target.IDENTITY, key);
        }
    }
}
