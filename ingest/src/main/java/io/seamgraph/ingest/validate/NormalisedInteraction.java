package io.seamgraph.ingest.validate;

import java.util.List;
import java.util.Map;

/**
 * An interaction row ready to become a touchpoint. {@code personKey} is the {@code SourceRecord} key of the person
 * it is about; {@code attributes} holds the optional canonical text fields (type, stage, topic...) by name.
 */
public record NormalisedInteraction(
    String key,
    String interactionId,
    String personKey,
    String at,
    String channel,
    Map<String, String> attributes,
    List<Issue> issues) {

    public boolean rejected() {
        return issues.stream().anyMatch(i -> i.action() == Issue.Action.REJECTED_ROW);
    }
}
