package io.seamgraph.api.identity;

import java.util.List;

/**
 * A correction as a caller sends it; the author is the signed-in user, the time the server's.
 *
 * @param records  two or more source record keys {@code system:recordId}
 * @param decision {@code same} or {@code different}
 * @param reason   why
 */
record CorrectionRequest(List<String> records, String decision, String reason) {
}
