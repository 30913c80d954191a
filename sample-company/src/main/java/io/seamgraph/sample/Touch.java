package io.seamgraph.sample;

/**
 * One interaction in a person's journey, in canonical terms (the values the sources YAML maps the extract's columns
 * to). The generator plans journeys with these, checks them with {@link GapRules}, then writes each to its extract.
 */
final class Touch {

    static final long NONE = Long.MIN_VALUE;

    final Extract extract;
    /** Touches planned together (a shopping trip, a support case); injections drop whole groups. */
    final int group;
    long at;
    String channel;
    boolean inbound;
    String type;
    String stage;
    String topic;
    String outcome;
    String caseId;
    String campaign;
    String purpose;
    String template;
    String brand;
    String promiseType;
    long promiseDueAt = NONE;
    String text;
    double amount;
    String page;
    String device;
    String store;
    /** Which of the person's records in the extract's system the touch refers to (0, or 1 for a duplicate). */
    int recordOrdinal;
    /** Order of creation, to break ties between touches at the same instant. */
    int seq;

    /** The extract's interaction id, assigned once the journey is final. */
    String id;

    Touch(Extract extract, int group, long at) {
        this.extract = extract;
        this.group = group;
        this.at = at;
    }

    String unit() {
        return extract.system().unit();
    }

    boolean outbound() {
        return !inbound;
    }

    boolean conversational() {
        return Company.CONVERSATION_CHANNELS.contains(channel);
    }

    boolean hasPromise() {
        return promiseType != null && promiseDueAt != NONE;
    }

    @Override
    public String toString() {
        return extract.sourceName() + ":" + (id == null ? "#" + seq : id) + "@" + at + " " + channel + " "
            + (inbound ? "in" : "out") + " " + type + "/" + topic + "/" + outcome;
    }
}
