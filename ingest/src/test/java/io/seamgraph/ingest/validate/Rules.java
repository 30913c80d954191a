package io.seamgraph.ingest.validate;

import io.seamgraph.contract.BusinessUnitDefinition;
import io.seamgraph.contract.ChannelDefinition;
import io.seamgraph.contract.Defaults;
import io.seamgraph.contract.RecordKind;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourceFormat;
import io.seamgraph.contract.SourcesConfig;
import io.seamgraph.contract.TimestampSpec;
import java.util.List;
import java.util.Map;

/** Source rules as a sources YAML would declare them. */
final class Rules {

    private Rules() {
    }

    static SourceRules profile(Map<String, String> defaults) {
        SourceDefinition source = new SourceDefinition("crm_contacts", "crm", RecordKind.PROFILE, "sales", null,
            SourceFormat.CSV, "x.csv", null, new TimestampSpec("yyyy-MM-dd HH:mm:ss", "Europe/London"), "dd/MM/yyyy",
            null, Map.of(), null, defaults, null, null, null, ";", null);
        return SourceRules.of(source, config(source));
    }

    static SourceRules interaction(Map<String, Map<String, String>> valueMaps) {
        SourceDefinition source = new SourceDefinition("tickets", "helpdesk", RecordKind.INTERACTION, "customer_service",
            "chat", SourceFormat.JSONL, "x.jsonl", null, null, null, null, Map.of(), null, null, valueMaps, "crm",
            null, null, null);
        return SourceRules.of(source, config(source));
    }

    private static SourcesConfig config(SourceDefinition source) {
        return new SourcesConfig(1, new Defaults("GB", "UTC", 0.05),
            List.of(new BusinessUnitDefinition("sales", null, List.of("phone")),
                new BusinessUnitDefinition("customer_service", null, List.of("chat", "phone"))),
            List.of(new ChannelDefinition("phone", null), new ChannelDefinition("chat", null)), List.of(source));
    }
}
