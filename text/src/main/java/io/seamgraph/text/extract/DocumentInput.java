package io.seamgraph.text.extract;

import java.time.Instant;

/**
 * @param text      the document's text
 * @param writtenAt when it was written: promises are due relative to it
 * @param outbound  true when the company wrote it (brand markers are read on outbound messages only)
 */
public record DocumentInput(String text, Instant writtenAt, boolean outbound) {
}
