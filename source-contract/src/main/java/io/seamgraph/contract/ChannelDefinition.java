package io.seamgraph.contract;

/** A way the company and a person reach each other: web, app, e-mail, SMS, phone, chat, store, social. */
public record ChannelDefinition(String key, String name) {
    public ChannelDefinition {
        name = name == null ? key : name;
    }
}
