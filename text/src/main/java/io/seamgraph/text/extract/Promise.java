package io.seamgraph.text.extract;

import java.time.Instant;

/**
 * A commitment found in a message, with the time it falls due.
 *
 * @param type   {@code callback}, {@code refund} or {@code delivery}: the promise types the broken-promise gap checks
 * @param dueAt  when it falls due, resolved against the message's own timestamp
 * @param phrase the words that made the promise, as written
 */
public record Promise(String type, Instant dueAt, String phrase) {
}
