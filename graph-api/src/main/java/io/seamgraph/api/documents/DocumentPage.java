package io.seamgraph.api.documents;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a customer's documents.
 *
 * @param documents          in time order, then by key
 * @param nextCursor         pass as {@code cursor} for the next page; {@code null} on the last page
 * @param personalDataMasked whether text and author identifiers are masked for the caller
 */
record DocumentPage(String customerId, List<DocumentView> documents, @Schema(nullable = true) String nextCursor,
        boolean personalDataMasked) {
}
