package io.seamgraph.ingest.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A mapped row built from plain values, for testing the normalisers without Spark. */
final class MapValues implements MappedValues {

    private final Map<String, String> single = new HashMap<>();
    private final Map<String, List<String>> multi = new HashMap<>();
    private final List<RawConsent> consents = new java.util.ArrayList<>();

    MapValues with(String field, String value) {
        single.put(field, value);
        return this;
    }

    MapValues withAll(String field, String... values) {
        multi.put(field, java.util.Arrays.asList(values));
        return this;
    }

    MapValues consent(String purpose, String granted, String at) {
        consents.add(new RawConsent(purpose, granted, at));
        return this;
    }

    @Override
    public String single(String field) {
        return single.get(field);
    }

    @Override
    public List<String> multi(String field) {
        return multi.getOrDefault(field, List.of());
    }

    @Override
    public List<RawConsent> consents() {
        return consents;
    }
}
