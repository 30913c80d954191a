package io.seamgraph.ingest.documents;

import io.seamgraph.contract.DocumentField;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourcesConfig;
import io.seamgraph.contract.TimestampSpec;
import io.seamgraph.ingest.normalise.EmailNormaliser;
import io.seamgraph.ingest.normalise.Outcome;
import io.seamgraph.ingest.normalise.PhoneNormaliser;
import io.seamgraph.ingest.normalise.TemporalParser;
import io.seamgraph.text.extract.Analysis;
import io.seamgraph.text.extract.ClassifierFactory;
import io.seamgraph.text.extract.DocumentAnalyser;
import io.seamgraph.text.extract.DocumentInput;
import io.seamgraph.text.extract.ExtractionSettings;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Normalises each read document as the source declares (constants, value maps, defaults, timestamps, e-mails,
 * phones, handles) and analyses its text: one {@link DocumentAnalyser} per partition, so the OpenNLP models and
 * classifiers are built once per partition and loaded once per executor. A document without an id, a text or a
 * readable time is kept as a rejected row with its reason, for quarantine.
 */
public final class AnalyseDocuments {

    public static final StructType SCHEMA = new StructType()
        .add("key", DataTypes.StringType).add("source", DataTypes.StringType).add("system", DataTypes.StringType)
        .add("documentType", DataTypes.StringType).add("channel", DataTypes.StringType)
        .add("businessUnit", DataTypes.StringType).add("documentId", DataTypes.StringType)
        .add("at", DataTypes.TimestampType).add("direction", DataTypes.StringType).add("subject", DataTypes.StringType)
        .add("text", DataTypes.StringType).add("rating", DataTypes.DoubleType).add("authorName", DataTypes.StringType)
        .add("authorHandle", DataTypes.StringType).add("authorEmail", DataTypes.StringType)
        .add("authorPhone", DataTypes.StringType).add("recipientEmail", DataTypes.StringType)
        .add("personKey", DataTypes.StringType).add("caseId", DataTypes.StringType)
        .add("language", DataTypes.StringType).add("sentences", DataTypes.IntegerType).add("tokens", DataTypes.IntegerType)
        .add("sentiment", DataTypes.StringType).add("sentimentScore", DataTypes.DoubleType)
        .add("topic", DataTypes.StringType).add("topicConfidence", DataTypes.DoubleType)
        .add("brandMarkers", DataTypes.createArrayType(DataTypes.StringType))
        .add("promiseType", DataTypes.StringType).add("promiseDueAt", DataTypes.TimestampType)
        .add("promisePhrase", DataTypes.StringType)
        .add("bodyEmails", DataTypes.createArrayType(DataTypes.StringType))
        .add("bodyPhones", DataTypes.createArrayType(DataTypes.StringType))
        .add("bodyHandles", DataTypes.createArrayType(DataTypes.StringType))
        .add("patterns", DataTypes.createArrayType(DataTypes.StringType))
        .add("file", DataTypes.StringType).add("reason", DataTypes.StringType).add("field", DataTypes.StringType)
        .add("value", DataTypes.StringType);

    private AnalyseDocuments() {
    }

    public static Dataset<Row> apply(Dataset<Row> read, SourceDefinition source, SourcesConfig config,
                                     ClassifierFactory classifiers) {
        Settings settings = Settings.of(source, config);
        return read.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            DocumentAnalyser analyser = new DocumentAnalyser(settings.extraction(), classifiers.create());
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                out.add(settings.analyse(rows.next(), analyser));
            }
            return out.iterator();
        }, Encoders.row(SCHEMA));
    }

    /** What the executors need of the source: serialisable, unlike the analyser. */
    record Settings(String source, String system, String documentType, String channel, String businessUnit,
                    String personSystem, Map<String, String> constants, Map<String, String> defaults,
                    Map<String, Map<String, String>> valueMaps, TemporalParser tableTimes, TemporalParser fileTimes,
                    boolean wholeFile, ExtractionSettings extraction) implements Serializable {

        static Settings of(SourceDefinition s, SourcesConfig config) {
            TimestampSpec declared = s.timestampsOr(config.defaults());
            return new Settings(s.name(), s.system(), s.documentType(), s.channel(), s.businessUnit(), s.personSystem(),
                new HashMap<>(s.constants()), new HashMap<>(s.defaults()), copy(s.valueMaps()),
                new TemporalParser(declared, s.dateFormatOrDefault()),
                new TemporalParser(new TimestampSpec(TimestampSpec.ISO, declared.timeZone()), s.dateFormatOrDefault()),
                s.format().wholeFile(),
                new ExtractionSettings(s.phoneRegionOr(config.defaults()), declared.timeZone(), s.identifierPatterns(),
                    s.brandMarkers()));
        }

        private static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> maps) {
            Map<String, Map<String, String>> copy = new HashMap<>();
            maps.forEach((k, v) -> copy.put(k, new HashMap<>(v)));
            return copy;
        }

        private String field(Row row, DocumentField field) {
            String name = field.yamlName();
            String constant = constants.get(name);
            if (constant != null) {
                return constant;
            }
            String value = row.getString(row.fieldIndex(name));
            value = value == null || value.isBlank() ? null : value.strip();
            Map<String, String> map = valueMaps.get(name);
            if (value != null && map != null && map.containsKey(value)) {
                value = map.get(value);
            }
            return value == null ? defaults.get(name) : value;
        }

        Row analyse(Row row, DocumentAnalyser analyser) {
            String file = row.getString(row.fieldIndex("file"));
            String readReason = row.getString(row.fieldIndex(ReadDocuments.REASON));
            String documentId = field(row, DocumentField.DOCUMENT_ID);
            if (readReason != null) {
                return rejected(file, documentId, readReason, "file", file);
            }
            if (documentId == null) {
                return rejected(file, null, "no document id", DocumentField.DOCUMENT_ID.yamlName(), null);
            }
            String text = field(row, DocumentField.TEXT);
            if (text == null) {
                return rejected(file, documentId, "no text", DocumentField.TEXT.yamlName(), null);
            }
            String rawTime = field(row, DocumentField.TIMESTAMP);
            Outcome<Instant> at = (wholeFile ? fileTimes : tableTimes).instant(rawTime);
            if (at.value() == null) {
                return rejected(file, documentId, at.isInvalid() ? at.problem() : "no timestamp",
                    DocumentField.TIMESTAMP.yamlName(), rawTime);
            }
            String direction = field(row, DocumentField.DIRECTION);
            direction = direction == null ? "inbound" : direction.toLowerCase(Locale.ROOT);
            Analysis a = analyser.analyse(new DocumentInput(text, at.value(), "outbound".equals(direction)));
            String personId = field(row, DocumentField.PERSON_ID);
            String handle = field(row, DocumentField.AUTHOR_HANDLE);
            Object[] v = new Object[SCHEMA.size()];
            int i = 0;
            v[i++] = source + ":" + documentId;
            v[i++] = source;
            v[i++] = system;
            v[i++] = documentType;
            v[i++] = channel;
            v[i++] = businessUnit;
            v[i++] = documentId;
            v[i++] = Timestamp.from(at.value());
            v[i++] = direction;
            v[i++] = field(row, DocumentField.SUBJECT);
            v[i++] = text;
            v[i++] = rating(field(row, DocumentField.RATING));
            v[i++] = field(row, DocumentField.AUTHOR_NAME);
            v[i++] = handle == null ? null : handle.replaceFirst("^@", "").toLowerCase(Locale.ROOT);
            v[i++] = EmailNormaliser.normalise(field(row, DocumentField.AUTHOR_EMAIL)).value();
            // As profiles are normalised, so that a header phone meets the same Identity node.
            v[i++] = PhoneNormaliser.normalise(field(row, DocumentField.AUTHOR_PHONE), extraction.phoneRegion()).value();
            v[i++] = EmailNormaliser.normalise(field(row, DocumentField.RECIPIENT_EMAIL)).value();
            v[i++] = personId == null || personSystem == null ? null : personSystem + ":" + personId;
            v[i++] = field(row, DocumentField.CASE_ID);
            v[i++] = a.language();
            v[i++] = a.sentences();
            v[i++] = a.tokens();
            v[i++] = a.sentiment() == null ? null : a.sentiment().label();
            v[i++] = a.sentiment() == null ? null : a.sentiment().polarity();
            v[i++] = a.topic() == null ? field(row, DocumentField.TOPIC) : a.topic().label();
            v[i++] = a.topic() == null ? null : a.topic().confidence();
            v[i++] = a.brandMarkers().toArray(String[]::new);
            v[i++] = a.promise() == null ? null : a.promise().type();
            v[i++] = a.promise() == null ? null : Timestamp.from(a.promise().dueAt());
            v[i++] = a.promise() == null ? null : a.promise().phrase();
            v[i++] = a.identifiers().emails().toArray(String[]::new);
            v[i++] = a.identifiers().phones().toArray(String[]::new);
            v[i++] = a.identifiers().handles().toArray(String[]::new);
            v[i++] = a.identifiers().patterns().toArray(String[]::new);
            v[i] = file;
            return RowFactory.create(v);
        }

        private Row rejected(String file, String documentId, String reason, String field, String value) {
            Object[] v = new Object[SCHEMA.size()];
            v[0] = documentId == null ? null : source + ":" + documentId;
            v[1] = source;
            v[6] = documentId;
            v[SCHEMA.fieldIndex("file")] = file;
            v[SCHEMA.fieldIndex("reason")] = reason;
            v[SCHEMA.fieldIndex("field")] = field;
            v[SCHEMA.fieldIndex("value")] = value;
            return RowFactory.create(v);
        }

        private static Double rating(String raw) {
            if (raw == null) {
                return null;
            }
            try {
                return Double.valueOf(raw);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
