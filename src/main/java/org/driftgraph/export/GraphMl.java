package org.driftgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.driftgraph.format.tsv.TsvWriter;

/**
 * GraphML for Gephi and Cytoscape: a directed graph whose nodes have their key as id and
 * whose edges have their curated row id, with a typed {@code <key>} for every attribute
 * ({@code labels}, {@code label} to display, each property; {@code type} on edges). Lists
 * are joined with {@code |}.
 */
final class GraphMl {

	static final String FILE = "driftgraph.graphml";

	private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	private GraphMl() {
	}

	static void write(GraphSource source, FileSink sink) throws IOException {
		Map<String, String> nodeKeys = new LinkedHashMap<>();
		nodeKeys.put("labels", "string");
		nodeKeys.put("label", "string");
		source.nodePropertyTypes().forEach((name, type) -> nodeKeys.putIfAbsent(name, graphMlType(type)));
		Map<String, String> edgeKeys = new LinkedHashMap<>();
		edgeKeys.put("type", "string");
		source.edgePropertyTypes().forEach((name, type) -> edgeKeys.putIfAbsent(name, graphMlType(type)));
		edgeKeys.remove("id"); // the edge's own id attribute
		try (OutputStream out = sink.open(FILE)) {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(NAMESPACE);
			declare(xml, "node", nodeKeys);
			declare(xml, "edge", edgeKeys);
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "driftgraph");
			xml.writeAttribute("edgedefault", "directed");
			for (GraphSource.Node node : source.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", node.key());
				data(xml, "node", "labels", node.labels());
				data(xml, "node", "label", node.displayName());
				for (var property : node.properties().entrySet()) {
					data(xml, "node", property.getKey(), property.getValue());
				}
				xml.writeEndElement();
			}
			for (GraphSource.Edge edge : source.edges()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", edge.id());
				xml.writeAttribute("source", edge.subject());
				xml.writeAttribute("target", edge.object());
				data(xml, "edge", "type", edge.type());
				for (var property : edge.properties().entrySet()) {
					if (edgeKeys.containsKey(property.getKey())) {
						data(xml, "edge", property.getKey(), property.getValue());
					}
				}
				xml.writeEndElement();
			}
			xml.writeEndDocument();
			xml.flush();
			xml.close(); // leaves the stream to the try block
		}
		catch (XMLStreamException ex) {
			throw new IOException("Cannot write " + FILE, ex);
		}
	}

	private static void declare(XMLStreamWriter xml, String kind, Map<String, String> keys) throws XMLStreamException {
		for (var key : keys.entrySet()) {
			xml.writeEmptyElement("key");
			xml.writeAttribute("id", keyId(kind, key.getKey()));
			xml.writeAttribute("for", kind);
			xml.writeAttribute("attr.name", key.getKey());
			xml.writeAttribute("attr.type", key.getValue());
		}
	}

	private static void data(XMLStreamWriter xml, String kind, String name, Object value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement("data");
		xml.writeAttribute("key", keyId(kind, name));
		xml.writeCharacters(TsvWriter.text(value));
		xml.writeEndElement();
	}

	private static String keyId(String kind, String name) {
		return kind.charAt(0) + "_" + name;
	}

	/**
	 * GraphML's attribute type for a Cypher value type; lists and mixed types are written
	 * as text.
	 */
	private static String graphMlType(String cypherType) {
		return switch (cypherType) {
			case "BOOLEAN NOT NULL" -> "boolean";
			case "INTEGER NOT NULL" -> "long";
			case "FLOAT NOT NULL" -> "double";
			default -> "string";
		};
	}

}
