package org.driftgraph.export;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cytoscape.js JSON, which Cytoscape also imports: {@code {"data": {...}, "elements":
 * {"nodes": [{"data": {...}}], "edges": [...]}}}. Nodes have their key as {@code id},
 * {@code label} to display, their {@code labels} and properties; edges have
 * {@code source}, {@code target}, {@code type} and their properties. Lists stay JSON
 * arrays.
 */
final class CytoscapeJs {

	static final String FILE = "driftgraph.cyjs.json";

	private CytoscapeJs() {
	}

	static void write(GraphSource source, FileSink sink) throws IOException {
		try (JsonGenerator json = JsonMapper.shared().createGenerator(sink.open(FILE))) {
			json.writeStartObject();
			json.writePOJOProperty("data", Map.of("name", "DriftGraph"));
			json.writeName("elements");
			json.writeStartObject();
			elements(json, "nodes", source.nodes(), node -> data(node.properties(), "id", node.key(), "label",
					node.displayName(), "labels", node.labels()));
			elements(json, "edges", source.edges(), edge -> data(edge.properties(), "id", edge.id(), "source",
					edge.subject(), "target", edge.object(), "type", edge.type()));
			json.writeEndObject();
			json.writeEndObject();
		}
	}

	private static <T> void elements(JsonGenerator json, String name, Iterable<T> elements,
			Function<T, Map<String, Object>> data) {
		json.writeArrayPropertyStart(name);
		for (T element : elements) {
			json.writePOJO(Map.of("data", data.apply(element)));
		}
		json.writeEndArray();
	}

	/** The given entries first, then the properties in name order. */
	private static Map<String, Object> data(Map<String, Object> properties, Object... entries) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < entries.length; i += 2) {
			data.put((String) entries[i], entries[i + 1]);
		}
		new TreeMap<>(properties).forEach(data::putIfAbsent);
		return data;
	}

}
