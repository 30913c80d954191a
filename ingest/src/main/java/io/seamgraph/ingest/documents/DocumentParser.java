package io.seamgraph.ingest.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seamgraph.contract.SourceFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns one file of a document source into documents: a JSON transcript, a text file, an e-mail, an mbox of
 * e-mails, or anything Apache Tika parses. Fields are keyed by {@link io.seamgraph.contract.DocumentField} names,
 * values as text, so every format continues through the same normalisation. Plain Java: Spark calls it per file.
 */
public final class DocumentParser implements Serializable {

    /** Text beyond this many characters is cut: a 10 MB PDF of tables says nothing more useful past it. */
    static final int MAX_TEXT_CHARS = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    // "Caller: +44..." and friends at the top of a text transcript, until the first blank or other line.
    private static final Pattern HEADER = Pattern.compile("^(Caller|Phone|Email|From|Handle|Date|Subject|Case)\\s*:\\s*(.+)$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>@\\s]+@[^<>\\s]+)>");
    private static final Pattern BARE_ADDRESS = Pattern.compile("([^\\s<>\"',;]+@[^\\s<>\"',;]+)");

    private final SourceFormat format;
    private final List<String> ownDomains;

    public DocumentParser(SourceFormat format, List<String> ownDomains) {
        this.format = format;
        this.ownDomains = ownDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
    }

    /** Tika's parsers are thread-safe and costly to discover: one per JVM. */
    private static final class Tika {
        static final Parser PARSER = new AutoDetectParser();
    }

    /**
     * @param name     the file's name relative to the source's folder: the default documentId
     * @param modified the file's modification time: the default timestamp
     */
    public List<Map<String, String>> parse(String name, byte[] content, Instant modified) throws DocumentRejected {
        return switch (format) {
            case JSON -> List.of(transcript(content));
            case TEXT -> List.of(text(name, content, modified));
            case EML -> List.of(email(content, name));
            case MBOX -> mbox(content, name);
            case TIKA -> List.of(tika(name, content, modified));
            default -> throw new IllegalArgumentException(format + " is read as a table, not file by file");
        };
    }

    private Map<String, String> transcript(byte[] content) throws DocumentRejected {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            throw new DocumentRejected("not a JSON transcript", e);
        }
        if (root == null || !root.isObject()) {
            throw new DocumentRejected("not a JSON transcript: the file holds no JSON object");
        }
        Map<String, String> doc = new LinkedHashMap<>();
        put(doc, "documentId", text(root, "id"));
        put(doc, "timestamp", text(root, "startedAt"));
        JsonNode customer = root.path("customer");
        put(doc, "authorEmail", text(customer, "email"));
        put(doc, "authorPhone", text(customer, "phone"));
        put(doc, "authorHandle", text(customer, "handle"));
        put(doc, "authorName", text(customer, "name"));
        put(doc, "personId", text(customer, "personId"));
        put(doc, "caseId", text(root, "caseId"));
        StringBuilder text = new StringBuilder();
        for (JsonNode turn : root.path("turns")) {
            String said = text(turn, "text");
            if (said != null) {
                String speaker = text(turn, "speaker");
                text.append(speaker == null ? "" : capitalise(speaker) + ": ").append(said).append('\n');
            }
        }
        if (!root.path("turns").isArray()) {
            throw new DocumentRejected("not a JSON transcript: no 'turns' list");
        }
        put(doc, "text", text.toString().strip());
        return doc;
    }

    private Map<String, String> text(String name, byte[] content, Instant modified) throws DocumentRejected {
        String decoded = TextDecoder.decode(content);
        Map<String, String> doc = new LinkedHashMap<>();
        doc.put("documentId", name);
        doc.put("timestamp", modified.toString());
        List<String> lines = decoded.lines().toList();
        int body = 0;
        for (; body < lines.size(); body++) {
            Matcher m = HEADER.matcher(lines.get(body).strip());
            if (!m.matches()) {
                break;
            }
            String value = m.group(2).strip();
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "caller", "phone" -> doc.put("authorPhone", value);
                case "email", "from" -> doc.put("authorEmail", value);
                case "handle" -> doc.put("authorHandle", value);
                case "date" -> doc.put("timestamp", value);
                case "subject" -> doc.put("subject", value);
                default -> doc.put("caseId", value);
            }
        }
        put(doc, "text", String.join("\n", lines.subList(body, lines.size())).strip());
        return doc;
    }

    private List<Map<String, String>> mbox(byte[] content, String name) throws DocumentRejected {
        List<Map<String, String>> all = new ArrayList<>();
        for (byte[] message : MboxSplitter.split(content)) {
            all.add(email(message, name + "#" + (all.size() + 1)));
        }
        if (all.isEmpty()) {
            throw new DocumentRejected("not an mbox: no 'From ' line starts a message");
        }
        return all;
    }

    private Map<String, String> email(byte[] content, String fallbackId) throws DocumentRejected {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "message/rfc822");
        String body = parse(content, metadata);
        Map<String, String> doc = new LinkedHashMap<>();
        String messageId = first(metadata, Message.MESSAGE_RAW_HEADER_PREFIX + "Message-ID");
        put(doc, "documentId", messageId == null ? fallbackId : messageId.replaceAll("^<|>$", "").strip());
        put(doc, "timestamp", metadata.get(TikaCoreProperties.CREATED));
        put(doc, "subject", first(metadata, TikaCoreProperties.TITLE.getName(), TikaCoreProperties.SUBJECT.getName()));
        String from = address(first(metadata, Message.MESSAGE_FROM_EMAIL.getName(), Message.MESSAGE_FROM,
            Message.MESSAGE_RAW_HEADER_PREFIX + "From"));
        put(doc, "authorEmail", from);
        put(doc, "authorName", first(metadata, Message.MESSAGE_FROM_NAME.getName()));
        put(doc, "recipientEmail", address(first(metadata, Message.MESSAGE_TO_EMAIL.getName(), Message.MESSAGE_TO,
            Message.MESSAGE_RAW_HEADER_PREFIX + "To")));
        if (from != null) {
            String domain = from.substring(from.indexOf('@') + 1);
            doc.put("direction", ownDomains.contains(domain) ? "outbound" : "inbound");
        }
        put(doc, "text", body);
        if (doc.get("text") == null && doc.get("subject") == null && from == null) {
            throw new DocumentRejected("not an e-mail: no headers and no text");
        }
        return doc;
    }

    private Map<String, String> tika(String name, byte[] content, Instant modified) throws DocumentRejected {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        String body = parse(content, metadata);
        if (body == null) {
            throw new DocumentRejected("no text: Tika read the file as " + metadata.get(Metadata.CONTENT_TYPE)
                + " but found no words in it");
        }
        Map<String, String> doc = new LinkedHashMap<>();
        doc.put("documentId", name);
        String created = metadata.get(TikaCoreProperties.CREATED);
        doc.put("timestamp", created == null ? modified.toString() : created);
        put(doc, "subject", metadata.get(TikaCoreProperties.TITLE));
        put(doc, "authorName", metadata.get(TikaCoreProperties.CREATOR));
        put(doc, "text", body);
        return doc;
    }

    /** The text Tika finds (null when none), with the metadata filled in; a file Tika cannot read is rejected. */
    private static String parse(byte[] content, Metadata metadata) throws DocumentRejected {
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT_CHARS);
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
            Tika.PARSER.parse(in, handler, metadata, new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new DocumentRejected("unparseable (" + metadata.get(Metadata.CONTENT_TYPE) + ")", e);
            }
        } catch (TikaException | IOException | RuntimeException e) {
            throw new DocumentRejected("unparseable (" + metadata.get(Metadata.CONTENT_TYPE) + ")", e);
        }
        String text = handler.toString().replaceAll("[ \\t\\x0B\\f]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return text.isEmpty() ? null : text;
    }

    private static String address(String header) {
        if (header == null) {
            return null;
        }
        Matcher angle = ANGLE_ADDRESS.matcher(header);
        Matcher bare = BARE_ADDRESS.matcher(header);
        String found = angle.find() ? angle.group(1) : bare.find() ? bare.group(1) : null;
        return found == null ? null : found.toLowerCase(Locale.ROOT);
    }

    private static String first(Metadata metadata, String... names) {
        for (String name : names) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static void put(Map<String, String> doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.put(field, value.strip());
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
