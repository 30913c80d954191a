package io.seamgraph.contract;

/**
 * One consent purpose a profile source records: the column holding the flag, and optionally the column holding when
 * it was last set. Flags read as true: {@code true, yes, y, 1, opt-in, opted_in, granted}; as false:
 * {@code false, no, n, 0, opt-out, opted_out, withdrawn, denied}. Anything else is quarantined.
 */
public record ConsentMapping(String purpose, String granted, String at) {
}
