package io.seamgraph.api.identity;

import java.time.Instant;
import java.util.List;

/**
 * A person's decision about source records, applied by the next resolve run.
 *
 * @param id       its id
 * @param records  the record keys it is about
 * @param decision {@code same} or {@code different}
 * @param reason   why, in the author's words
 * @param author   the API user who declared it
 * @param at       when
 */
record CorrectionView(String id, List<String> records, String decision, String reason, String author, Instant at) {
}
