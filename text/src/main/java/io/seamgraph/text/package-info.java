/**
 * Text analysis of documents: plain Java, one instance per Spark partition. Sub-packages: {@code extract} (language,
 * sentences, tokens, identifiers, promises, brand markers) and {@code classify} (sentiment and topic classifiers
 * trained by the project, and their evaluation).
 */
package io.seamgraph.text;
