package io.seamgraph.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every field a source column may be mapped to. Jobs and detectors read only these names, so a source a user adds
 * by editing YAML is analysed exactly like the sample company's.
 */
public enum CanonicalField {
    // --- profile: a person as one system knows them
    RECORD_ID("recordId", RecordKind.PROFILE, ValueType.TEXT, true, false),
    GIVEN_NAME("givenName", RecordKind.PROFILE, ValueType.TEXT, false, false),
    FAMILY_NAME("familyName", RecordKind.PROFILE, ValueType.TEXT, false, false),
    FULL_NAME("fullName", RecordKind.PROFILE, ValueType.TEXT, false, false),
    EMAILS("emails", RecordKind.PROFILE, ValueType.EMAIL, false, true),
    PHONES("phones", RecordKind.PROFILE, ValueType.PHONE, false, true),
    ADDRESS_LINE("addressLine", RecordKind.PROFILE, ValueType.TEXT, false, false),
    // House number and the address's second line kept apart when a source does, so matching can weigh each.
    HOUSE_NUMBER("houseNumber", RecordKind.PROFILE, ValueType.TEXT, false, false),
    ADDRESS_LINE_2("addressLine2", RecordKind.PROFILE, ValueType.TEXT, false, false),
    CITY("city", RecordKind.PROFILE, ValueType.TEXT, false, false),
    POSTCODE("postcode", RecordKind.PROFILE, ValueType.TEXT, false, false),
    REGION("region", RecordKind.PROFILE, ValueType.TEXT, false, false),
    COUNTRY("country", RecordKind.PROFILE, ValueType.TEXT, false, false),
    // A national or tax number: evidence for probabilistic matching, not a strong identifier (typed by hand, reused).
    NATIONAL_ID("nationalId", RecordKind.PROFILE, ValueType.TEXT, false, false),
    DATE_OF_BIRTH("dateOfBirth", RecordKind.PROFILE, ValueType.DATE, false, false),
    ACCOUNT_IDS("accountIds", RecordKind.PROFILE, ValueType.TEXT, false, true),
    LOYALTY_IDS("loyaltyIds", RecordKind.PROFILE, ValueType.TEXT, false, true),
    DEVICE_IDS("deviceIds", RecordKind.PROFILE, ValueType.TEXT, false, true),
    SOCIAL_HANDLES("socialHandles", RecordKind.PROFILE, ValueType.TEXT, false, true),
    UPDATED_AT("updatedAt", RecordKind.PROFILE, ValueType.TIMESTAMP, false, false),

    // --- interaction: one contact between the company and a person
    INTERACTION_ID("interactionId", RecordKind.INTERACTION, ValueType.TEXT, true, false),
    PERSON_ID("personId", RecordKind.INTERACTION, ValueType.TEXT, true, false),
    TIMESTAMP("timestamp", RecordKind.INTERACTION, ValueType.TIMESTAMP, true, false),
    CHANNEL("channel", RecordKind.INTERACTION, ValueType.TEXT, false, false),
    DIRECTION("direction", RecordKind.INTERACTION, ValueType.ENUM, false, false, "inbound", "outbound"),
    TYPE("type", RecordKind.INTERACTION, ValueType.TEXT, false, false),
    STAGE("stage", RecordKind.INTERACTION, ValueType.ENUM, false, false, "shop", "buy", "service"),
    TOPIC("topic", RecordKind.INTERACTION, ValueType.TEXT, false, false),
    OUTCOME("outcome", RecordKind.INTERACTION, ValueType.TEXT, false, false),
    CASE_ID("caseId", RecordKind.INTERACTION, ValueType.TEXT, false, false),
    CAMPAIGN("campaign", RecordKind.INTERACTION, ValueType.TEXT, false, false),
    PURPOSE("purpose", RecordKind.INTERACTION, ValueType.TEXT, false, false),
    TEMPLATE("template", RecordKind.INTERACTION, ValueType.TEXT, false, false),
    BRAND("brand", RecordKind.INTERACTION, ValueType.TEXT, false, false),
    PROMISE_TYPE("promiseType", RecordKind.INTERACTION, ValueType.TEXT, false, false),
    PROMISE_DUE_AT("promiseDueAt", RecordKind.INTERACTION, ValueType.TIMESTAMP, false, false),
    TEXT("text", RecordKind.INTERACTION, ValueType.TEXT, false, false);

    private final String yamlName;
    private final RecordKind kind;
    private final ValueType type;
    private final boolean required;
    private final boolean multiValued;
    private final List<String> allowedValues;

    CanonicalField(String yamlName, RecordKind kind, ValueType type, boolean required, boolean multiValued,
                   String... allowedValues) {
        this.yamlName = yamlName;
        this.kind = kind;
        this.type = type;
        this.required = required;
        this.multiValued = multiValued;
        this.allowedValues = List.of(allowedValues);
    }

    public String yamlName() { return yamlName; }
    public RecordKind kind() { return kind; }
    public ValueType type() { return type; }
    public boolean required() { return required; }
    public boolean multiValued() { return multiValued; }
    public List<String> allowedValues() { return allowedValues; }

    public static Optional<CanonicalField> byYamlName(String name) {
        return Arrays.stream(values()).filter(f -> f.yamlName.equals(name)).findFirst();
    }

    public static List<CanonicalField> of(RecordKind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }

    public static Set<String> yamlNames() {
        return Arrays.stream(values()).map(CanonicalField::yamlName).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Identifier kinds that are strong enough for deterministic linking, keyed by the field they come from. */
    public Optional<String> identityKind() {
        return switch (this) {
            case EMAILS -> Optional.of("email");
            case PHONES -> Optional.of("phone");
            case ACCOUNT_IDS -> Optional.of("account");
            case LOYALTY_IDS -> Optional.of("loyalty");
            case DEVICE_IDS -> Optional.of("device");
            case SOCIAL_HANDLES -> Optional.of("handle");
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
