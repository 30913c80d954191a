package io.seamgraph.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One extract of one source system, and how its columns map to canonical fields.
 *
 * @param name          unique name of this extract, used in errors, quarantine and counts
 * @param system        the system that issued the ids (a profile and its interactions share one system)
 * @param kind          {@code profile} or {@code interaction}
 * @param businessUnit  the unit that owns the system
 * @param channel       the channel of an interaction when the row does not say
 * @param format        csv, jsonl or parquet
 * @param location      path, glob or URI; relative paths resolve against the YAML's folder
 * @param readOptions   passed to Spark's reader as they are (delimiter, header, encoding...)
 * @param timestamps    how instants are written
 * @param dateFormat    {@link java.time.format.DateTimeFormatter} pattern for dates (default {@code yyyy-MM-dd})
 * @param phoneRegion   overrides the default phone region
 * @param mapping       canonical field to source column(s); multi-valued fields take a list
 * @param constants     canonical field to a literal value for every row
 * @param defaults      canonical field to a value used when the mapped column is empty
 * @param valueMaps     canonical field to a table rewriting source values (e.g. {@code I: inbound})
 * @param personSystem  for interactions: the system whose profile ids {@code personId} refers to (default: own)
 * @param consents      for profiles: consent flags per purpose
 * @param multiValueSeparator splits one cell of a multi-valued field into several values
 * @param maxRejectedShare overrides the default quarantine limit
 * @param documentType  for documents: review, social, chat, call, email, letter or other
 * @param maxBytes      for documents: larger files go to quarantine (default {@code defaults.maxDocumentBytes})
 * @param ownDomains    for documents: the company's e-mail domains; a message from one of them is outbound
 * @param identifierPatterns for documents: named regular expressions found in the text ({@code order}, {@code account})
 * @param brandMarkers  for documents: words whose presence in an outbound message marks its brand
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceDefinition(
    String name,
    String system,
    RecordKind kind,
    String businessUnit,
    String channel,
    SourceFormat format,
    String location,
    Map<String, String> readOptions,
    TimestampSpec timestamps,
    String dateFormat,
    String phoneRegion,
    Map<String, List<String>> mapping,
    Map<String, String> constants,
    Map<String, String> defaults,
    Map<String, Map<String, String>> valueMaps,
    String personSystem,
    List<ConsentMapping> consents,
    String multiValueSeparator,
    Double maxRejectedShare,
    String documentType,
    Long maxBytes,
    List<String> ownDomains,
    Map<String, String> identifierPatterns,
    List<String> brandMarkers) {

    public static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";

    public SourceDefinition {
        system = system == null ? name : system;
        readOptions = readOptions == null ? Map.of() : Map.copyOf(readOptions);
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        constants = constants == null ? Map.of() : Map.copyOf(constants);
        defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
        valueMaps = valueMaps == null ? Map.of() : Map.copyOf(valueMaps);
        consents = consents == null ? List.of() : List.copyOf(consents);
        personSystem = personSystem == null && kind == RecordKind.INTERACTION ? system : personSystem;
        ownDomains = ownDomains == null ? List.of() : List.copyOf(ownDomains);
        // Kept in declaration order: patterns are tried in the order the YAML lists them.
        identifierPatterns = identifierPatterns == null ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(identifierPatterns));
        brandMarkers = brandMarkers == null ? List.of() : List.copyOf(brandMarkers);
    }

    /** A table source (profile or interaction), as declared before documents existed. */
    public SourceDefinition(String name, String system, RecordKind kind, String businessUnit, String channel,
                            SourceFormat format, String location, Map<String, String> readOptions,
                            TimestampSpec timestamps, String dateFormat, String phoneRegion,
                            Map<String, List<String>> mapping, Map<String, String> constants,
                            Map<String, String> defaults, Map<String, Map<String, String>> valueMaps,
                            String personSystem, List<ConsentMapping> consents, String multiValueSeparator,
                            Double maxRejectedShare) {
        this(name, system, kind, businessUnit, channel, format, location, readOptions, timestamps, dateFormat,
            phoneRegion, mapping, constants, defaults, valueMaps, personSystem, consents, multiValueSeparator,
            maxRejectedShare, null, null, null, null, null);
    }

    public long maxBytesOr(Defaults d) {
        return maxBytes == null ? d.maxDocumentBytes() : maxBytes;
    }

    /** Columns mapped to a document field, empty when the field is not mapped. */
    public List<String> columnsOf(DocumentField field) {
        return mapping.getOrDefault(field.yamlName(), List.of());
    }

    public TimestampSpec timestampsOr(Defaults d) {
        return timestamps == null ? new TimestampSpec(TimestampSpec.ISO, d.timeZone())
            : new TimestampSpec(timestamps.format(), timestamps.timeZone() == null ? d.timeZone() : timestamps.timeZone());
    }

    public String dateFormatOrDefault() {
        return dateFormat == null ? DEFAULT_DATE_FORMAT : dateFormat;
    }

    public String phoneRegionOr(Defaults d) {
        return phoneRegion == null ? d.phoneRegion() : phoneRegion;
    }

    public double maxRejectedShareOr(Defaults d) {
        return maxRejectedShare == null ? d.maxRejectedShare() : maxRejectedShare;
    }

    /** Columns mapped to a field, empty when the field is not mapped. */
    public List<String> columnsOf(CanonicalField field) {
        return mapping.getOrDefault(field.yamlName(), List.of());
    }
}
