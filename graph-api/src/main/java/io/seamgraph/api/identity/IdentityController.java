package io.seamgraph.api.identity;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers/{id}")
@Tag(name = "Identity", description = "Why records belong to a customer, its golden record and its conflicts")
class IdentityController {

    private final IdentityRepository identities;

    IdentityController(IdentityRepository identities) {
        this.identities = identities;
    }

    @GetMapping("/evidence")
    @Operation(summary = "Why each record belongs to the customer",
        description = """
            Each record with the evidence that links it to the customer's other records: shared identifiers \
            (probability 1) and scored matches (total weight, probability, and each comparison's contribution, \
            the prior included, by absolute weight; the contributions add up to the weight), the corrections that \
            name it, and one sentence that says why it joined. Identity values are masked for callers without ADMIN.""")
    @ApiResponse(responseCode = "200", description = "The evidence")
    @ApiResponse(responseCode = "308", description = "The id is an alias of a merged customer; follow Location")
    @ApiResponse(responseCode = "404", description = "No customer has this id")
    CustomerEvidence evidence(@Parameter(description = "the customer id", example = "C-0123456789abcdef")
            @PathVariable String id, Authentication caller) {
        EvidenceData data = identities.evidence(id).orElseThrow(() -> ApiErrors.customerNotFound(id));
        return EvidenceAssembler.assemble(data, !Roles.seesPersonalData(caller));
    }

    @GetMapping("/golden-record")
    @Operation(summary = "The customer's golden record and conflicts",
        description = """
            The surviving value of each attribute with the record it came from (rules from the resolve job's \
            golden record configuration), and the attributes the customer's records disagree about after \
            normalisation, with the systems and business units involved. Masked for callers without ADMIN.""")
    @ApiResponse(responseCode = "200", description = "The golden record")
    @ApiResponse(responseCode = "308", description = "The id is an alias of a merged customer; follow Location")
    @ApiResponse(responseCode = "404", description = "No customer has this id")
    GoldenRecordView goldenRecord(@PathVariable String id, Authentication caller) {
        GoldenRecordView golden = identities.goldenRecord(id).orElseThrow(() -> ApiErrors.customerNotFound(id));
        return Roles.seesPersonalData(caller) ? golden : golden.masked();
    }

    @GetMapping("/conflicts")
    @Operation(summary = "The attributes the customer's records disagree about",
        description = "The conflicts of GET /api/customers/{id}/golden-record alone. Masked for callers without ADMIN.")
    @ApiResponse(responseCode = "200", description = "The conflicts, possibly none")
    @ApiResponse(responseCode = "308", description = "The id is an alias of a merged customer; follow Location")
    @ApiResponse(responseCode = "404", description = "No customer has this id")
    Conflicts conflicts(@PathVariable String id, Authentication caller) {
        GoldenRecordView golden = goldenRecord(id, caller);
        return new Conflicts(golden.customerId(), golden.personalDataMasked(), golden.conflicts());
    }

    record Conflicts(String customerId, boolean personalDataMasked, List<GoldenRecordView.Conflict> conflicts) {
    }
}
