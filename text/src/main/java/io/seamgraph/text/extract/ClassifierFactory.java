package io.seamgraph.text.extract;

import java.io.Serializable;

/**
 * Builds the classifiers on a Spark executor: the factory travels with the task, the models do not. A factory that
 * loads trained models should cache them per JVM, since it is called once per partition.
 */
@FunctionalInterface
public interface ClassifierFactory extends Serializable {

    ClassifierFactory NONE = () -> TextClassifiers.NONE;

    TextClassifiers create();
}
