package org.driftgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.driftgraph.format.kgx.KgxFormat;
import org.driftgraph.format.kgx.KgxWriter;
import org.driftgraph.format.tsv.TsvWriter;

/**
 * A scope's nodes and edges as KGX, TSV or JSON Lines, written by {@link KgxWriter} as
 * they stream from the graph.
 */
final class KgxExport {

	private KgxExport() {
	}

	static void writeTsv(GraphSource source, FileSink sink) throws IOException {
		try (TsvWriter nodes = new TsvWriter(sink.open(KgxFormat.NODES_TSV),
				KgxWriter.nodeColumns(source.nodePropertyTypes().keySet()))) {
			for (GraphSource.Node node : source.nodes()) {
				nodes.row(node(node));
			}
		}
		try (TsvWriter edges = new TsvWriter(sink.open(KgxFormat.EDGES_TSV),
				KgxWriter.edgeColumns(source.edgePropertyTypes().keySet()))) {
			for (GraphSource.Edge edge : source.edges()) {
				edges.row(edge(edge));
			}
		}
	}

	static void writeJsonl(GraphSource source, FileSink sink) throws IOException {
		try (OutputStream nodes = sink.open(KgxFormat.NODES_JSONL)) {
			for (GraphSource.Node node : source.nodes()) {
				KgxWriter.jsonLine(nodes, node(node));
			}
		}
		try (OutputStream edges = sink.open(KgxFormat.EDGES_JSONL)) {
			for (GraphSource.Edge edge : source.edges()) {
				KgxWriter.jsonLine(edges, edge(edge));
			}
		}
	}

	private static Map<String, Object> node(GraphSource.Node node) {
		return KgxWriter.node(node.curie(), node.labels(), node.displayName(), node.properties());
	}

	private static Map<String, Object> edge(GraphSource.Edge edge) {
		return KgxWriter.edge(edge.id(), edge.type(), edge.subjectCurie(), edge.objectCurie(), edge.publications(),
				edge.properties());
	}

}
