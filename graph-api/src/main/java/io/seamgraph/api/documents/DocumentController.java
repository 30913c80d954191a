package io.seamgraph.api.documents;

import java.util.List;

import io.seamgraph.api.problem.ApiErrors;
import io.seamgraph.api.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Documents", description = "What customers wrote and were sent: reviews, posts, chats, calls, e-mails, letters")
class DocumentController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final DocumentRepository documents;

    DocumentController(DocumentRepository documents) {
        this.documents = documents;
    }

    @GetMapping("/api/customers/{id}/documents")
    @Operation(summary = "List the documents linked to a customer, a page at a time",
        description = """
            The documents the link step tied to the customer, in time order, each with its type, channel, unit, \
            direction, language, sentiment (label and score), topic, promise, how it was linked and the journey \
            touchpoint it became. Unlinked documents belong to no customer and never appear here. Filters: type, \
            sentiment, topic, language, promise (true: holds a promise), promiseType, linkMethod. When more remain, \
            nextCursor is set: pass it as 'cursor' with the same filters. Callers without ADMIN get no text, \
            subject or promise phrase, and the author's e-mail, phone and handle masked.""")
    @ApiResponse(responseCode = "200", description = "One page of documents, possibly empty")
    @ApiResponse(responseCode = "308", description = "The id is an alias of a merged customer: same request under its id")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be used; the detail names it")
    @ApiResponse(responseCode = "404", description = "No customer has this id")
    DocumentPage list(
            @Parameter(description = "the customer id", example = "C-0123456789abcdef") @PathVariable String id,
            @Parameter(description = "review, social, chat, call, email, letter or other") @RequestParam(required = false) String type,
            @Parameter(description = "negative, neutral or positive") @RequestParam(required = false) String sentiment,
            @Parameter(description = "a topic key of the taxonomy", example = "delivery") @RequestParam(required = false) String topic,
            @Parameter(description = "ISO 639-3 language", example = "eng") @RequestParam(required = false) String language,
            @Parameter(description = "true: only documents holding a promise; false: only those without") @RequestParam(required = false) Boolean promise,
            @Parameter(description = "a promise type", example = "callback") @RequestParam(required = false) String promiseType,
            @Parameter(description = "how the document was linked, e.g. author-email") @RequestParam(required = false) String linkMethod,
            @Parameter(description = "documents per page, 1 to " + MAX_LIMIT) @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            @Parameter(description = "the nextCursor of the previous page") @RequestParam(required = false) String cursor,
            Authentication caller) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiErrors.badParameter("limit", limit + " is out of range.",
                "Send a limit from 1 to " + MAX_LIMIT + ", or leave it out for " + DEFAULT_LIMIT + ".");
        }
        DocumentFilter filter = DocumentFilter.of(type, sentiment, topic, language, promise, promiseType, linkMethod);
        List<DocumentRepository.Placed> found = documents.documents(id, filter, DocumentCursor.parse(cursor), limit + 1)
            .orElseThrow(() -> ApiErrors.customerNotFound(id));
        List<DocumentRepository.Placed> page = found.size() > limit ? found.subList(0, limit) : found;
        String next = null;
        if (found.size() > limit) {
            DocumentRepository.Placed last = page.get(limit - 1);
            next = DocumentCursor.after(last.atMillis(), last.document().key());
        }
        boolean masked = !Roles.seesPersonalData(caller);
        List<DocumentView> shown = page.stream()
            .map(placed -> masked ? placed.document().masked() : placed.document())
            .toList();
        return new DocumentPage(id, shown, next, masked);
    }
}
