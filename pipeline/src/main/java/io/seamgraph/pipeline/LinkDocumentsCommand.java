package io.seamgraph.pipeline;

import picocli.CommandLine.Command;

@Command(name = "link-documents", mixinStandardHelpOptions = true,
    description = "Link each document to one customer (person id, author, order number, account, identifiers in the "
        + "text, in that order of trust); the rest stay unlinked with the reason. Run after resolve, before journeys.")
final class LinkDocumentsCommand extends JobCommand {
    @Override
    void run(Steps steps) {
        steps.linkDocuments();
    }
}
