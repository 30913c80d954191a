package io.seamgraph.api.identity;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.seamgraph.api.problem.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/corrections")
@Tag(name = "Corrections", description = "People's decisions about records that resolve must follow")
class CorrectionController {

    static final int MAX_RECORDS = 50;

    private final IdentityRepository identities;

    CorrectionController(IdentityRepository identities) {
        this.identities = identities;
    }

    @PostMapping
    @Operation(summary = "Declare records the same person or different persons (ADMIN)",
        description = """
            Stored as a Correction node; the next resolve run follows it: 'same' joins the records into one \
            customer, 'different' keeps every two of them apart, whatever identifier links them. The latest \
            decision about a pair wins. The author is the signed-in user.""")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @ApiResponse(responseCode = "400", description = "records, decision or reason cannot be used")
    @ApiResponse(responseCode = "403", description = "The caller is not ADMIN")
    ResponseEntity<CorrectionView> create(@RequestBody CorrectionRequest request, Authentication caller) {
        List<String> records = validRecords(request.records());
        String decision = request.decision() == null ? "" : request.decision().strip().toLowerCase(Locale.ROOT);
        if (!decision.equals("same") && !decision.equals("different")) {
            throw ApiErrors.badParameter("decision", "it must be 'same' or 'different'.",
                "Send \"decision\": \"same\" when the records are one person, \"different\" when they are not.");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw ApiErrors.badParameter("reason", "it is required.",
                "Say why, so that whoever reads the correction later can judge it.");
        }
        List<String> unknown = identities.unknownRecords(records);
        if (!unknown.isEmpty()) {
            throw ApiErrors.badParameter("records", "no source record has the key(s) " + unknown + ".",
                "Send keys of loaded records, as GET /api/customers/{id} lists them.");
        }
        CorrectionView stored = identities.createCorrection("K-" + UUID.randomUUID(), records, decision,
            request.reason().strip(), caller.getName(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return ResponseEntity.created(URI.create("/api/corrections/" + stored.id())).body(stored);
    }

    @GetMapping
    @Operation(summary = "The corrections, newest first")
    List<CorrectionView> list(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiErrors.badParameter("limit", limit + " is out of range.", "Send a limit from 1 to 1000, or leave it out for 100.");
        }
        return identities.corrections(null, limit);
    }

    @GetMapping("/{correctionId}")
    @Operation(summary = "One correction")
    @ApiResponse(responseCode = "404", description = "No correction has this id")
    CorrectionView show(@PathVariable String correctionId) {
        return identities.corrections(correctionId, 1).stream().findFirst()
            .orElseThrow(() -> ApiErrors.correctionNotFound(correctionId));
    }

    private static List<String> validRecords(List<String> records) {
        if (records == null || records.size() < 2 || records.size() > MAX_RECORDS) {
            throw ApiErrors.badParameter("records", "it must list 2 to " + MAX_RECORDS + " record keys.",
                "Send \"records\": [\"crm:1001\", \"shop:9\"].");
        }
        if (records.stream().anyMatch(k -> k == null || !k.matches("[^:\\s]+:\\S+"))) {
            throw ApiErrors.badParameter("records", "every entry must be a record key system:recordId.",
                "Send \"records\": [\"crm:1001\", \"shop:9\"].");
        }
        if (new HashSet<>(records).size() != records.size()) {
            throw ApiErrors.badParameter("records", "a record key is listed twice.", "List each record once.");
        }
        return List.copyOf(records);
    }
}
