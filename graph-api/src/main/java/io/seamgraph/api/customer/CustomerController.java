package io.seamgraph.api.customer;

import java.util.List;
import java.util.Locale;

import io.seamgraph.api.ApiProperties;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Resolved customers: find them by an identifier, read their records")
class CustomerController {

    /** A junk identifier (noreply@...) can be on thousands of records; a look-up lists this many customers at most. */
    static final int MAX_MATCHES = 100;

    private final CustomerRepository customers;
    private final IdentifierParser identifiers;

    CustomerController(CustomerRepository customers, ApiProperties properties) {
        this.customers = customers;
        this.identifiers = new IdentifierParser(properties.phoneRegion());
    }

    @GetMapping
    @Operation(summary = "Find customers by an identifier",
        description = """
            Reads the identifier by these rules, in order: contains '@' → an e-mail (trimmed, lower-cased); only \
            digits, spaces and + - ( ) . and a possible phone number → a phone (E.164, in the configured default \
            region when it has no country code); contains ':' → a source record key system:recordId, or, when no \
            record has that key, an identity key kind:value (account, loyalty, device, handle, email, phone). \
            An identifier a household shares can match several customers (at most 100 are listed, by id; \
            'truncated' tells when there were more); no match gives an empty list.""")
    @ApiResponse(responseCode = "200", description = "The matching customers, possibly none")
    @ApiResponse(responseCode = "400", description = "identifier is missing, empty or none of the above")
    CustomerMatches find(@Parameter(description = "an e-mail, a phone number, system:recordId or kind:value",
            example = "jo.smith@example.com") @RequestParam String identifier) {
        ParsedIdentifier parsed = identifiers.parse(identifier);
        String readAs = parsed.rule().name().toLowerCase(Locale.ROOT);
        return customers.find(parsed.lookups(), MAX_MATCHES + 1)
            .map(found -> new CustomerMatches(readAs, found.lookup().target().name().toLowerCase(Locale.ROOT),
                found.customers().stream().limit(MAX_MATCHES).toList(), found.customers().size() > MAX_MATCHES))
            .orElseGet(() -> new CustomerMatches(readAs, null, List.of(), false));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one customer",
        description = """
            The customer's identifiers (kind, value, whether suppressed, which of its records carry each) and its \
            source records grouped by business unit and system, each with how resolve linked it (the shared \
            identity keys in 'via' and the 'rule'). Callers without the ADMIN role see personal data masked: \
            e-mails as j***@example.com, phones by their last three digits, names by initials, dates of birth \
            by year, postcodes by their first part, and no street address.""")
    @ApiResponse(responseCode = "200", description = "The customer")
    @ApiResponse(responseCode = "404", description = "No customer has this id")
    CustomerDetail show(@Parameter(description = "the customer id", example = "C-0123456789abcdef")
            @PathVariable String id, Authentication caller) {
        CustomerDetail customer = customers.detail(id).orElseThrow(() -> ApiErrors.customerNotFound(id));
        return Roles.seesPersonalData(caller) ? customer : customer.masked();
    }
}
