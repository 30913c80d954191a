package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.ConnectedComponents;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/** Groups records into connected components over their links, with GraphX. */
public final class ConnectedRecords {

    private static final ClassTag<Object> OBJECT = ClassTag$.MODULE$.apply(Object.class);
    private static final ClassTag<String> STRING = ClassTag$.MODULE$.apply(String.class);

    private ConnectedRecords() {
    }

    /**
     * @param records (recordKey) every record, linked or not
     * @param links   (srcKey, dstKey)
     * @return (recordKey, component) where component is a long shared by exactly the records of one component
     */
    public static Dataset<Row> components(SparkSession spark, Dataset<Row> records, Dataset<Row> links) {
        Dataset<Row> ids = numbered(spark, records.select("recordKey").distinct());
        Dataset<Row> edges = links
            .join(ids.select(col("recordKey").as("srcKey"), col("vertexId").as("src")), "srcKey")
            .join(ids.select(col("recordKey").as("dstKey"), col("vertexId").as("dst")), "dstKey")
            .select("src", "dst");
        JavaRDD<Edge<String>> edgeRdd = edges.javaRDD().map(r -> new Edge<>(r.getLong(0), r.getLong(1), ""));
        Graph<Object, String> graph = Graph.fromEdges(edgeRdd.rdd(), (Object) 0L,
            StorageLevel.MEMORY_AND_DISK(), StorageLevel.MEMORY_AND_DISK(), OBJECT, STRING);
        Graph<Object, String> labelled = ConnectedComponents.run(graph, OBJECT, STRING);
        JavaRDD<Row> labels = labelled.vertices().toJavaRDD()
            .map(v -> RowFactory.create((Long) v._1(), (Long) v._2()));
        Dataset<Row> componentOf = spark.createDataFrame(labels, new StructType()
            .add("vertexId", DataTypes.LongType).add("component", DataTypes.LongType));
        // Records without a link are not GraphX vertices: each is a component of its own.
        return ids.join(componentOf, "vertexId", "left")
            .select(col("recordKey"), coalesce(col("component"), col("vertexId")).as("component"));
    }

    private static Dataset<Row> numbered(SparkSession spark, Dataset<Row> keys) {
        JavaRDD<Row> rows = keys.javaRDD().zipWithUniqueId()
            .map((Tuple2<Row, Long> t) -> RowFactory.create(t._1().getString(0), t._2()));
        return spark.createDataFrame(rows, new StructType()
            .add("recordKey", DataTypes.StringType).add("vertexId", DataTypes.LongType));
    }

}
