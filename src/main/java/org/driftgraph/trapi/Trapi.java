package org.driftgraph.trapi;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * The TRAPI 1.5.0 objects DriftGraph writes, as records whose JSON names are the schema's
 * ({@code TranslatorReasonerAPI-1.5.0.yaml}, {@code components.schemas}). Absent optional
 * fields are left out.
 */
final class Trapi {

	/** The TRAPI version implemented. */
	static final String VERSION = "1.5.0";

	private Trapi() {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Response(Message message, String status, String description, List<LogEntry> logs,
			@JsonProperty("schema_version") String schemaVersion,
			@JsonProperty("biolink_version") String biolinkVersion) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Message(@JsonProperty("query_graph") JsonNode queryGraph,
			@JsonProperty("knowledge_graph") KnowledgeGraph knowledgeGraph, List<Result> results,
			@JsonProperty("auxiliary_graphs") Map<String, AuxiliaryGraph> auxiliaryGraphs) {
	}

	record KnowledgeGraph(Map<String, Node> nodes, Map<String, Edge> edges) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Node(String name, List<String> categories, List<Attribute> attributes) {
	}

	record Edge(String subject, String predicate, String object, List<Attribute> attributes, List<Qualifier> qualifiers,
			List<Source> sources) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Attribute(@JsonProperty("attribute_type_id") String type, Object value,
			@JsonProperty("original_attribute_name") String originalName,
			@JsonProperty("value_type_id") String valueType) {

		static Attribute of(String type, Object value) {
			return new Attribute(type, value, null, null);
		}

		static Attribute of(String type, Object value, String originalName) {
			return new Attribute(type, value, originalName, null);
		}

	}

	record Qualifier(@JsonProperty("qualifier_type_id") String type, @JsonProperty("qualifier_value") String value) {
	}

	record Source(@JsonProperty("resource_id") String resourceId, @JsonProperty("resource_role") String role) {
	}

	record Result(@JsonProperty("node_bindings") Map<String, List<NodeBinding>> nodeBindings, List<Analysis> analyses) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record NodeBinding(String id, @JsonProperty("query_id") String queryId, List<Attribute> attributes) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Analysis(@JsonProperty("resource_id") String resourceId, Double score,
			@JsonProperty("edge_bindings") Map<String, List<EdgeBinding>> edgeBindings,
			@JsonProperty("scoring_method") String scoringMethod) {
	}

	record EdgeBinding(String id, List<Attribute> attributes) {
	}

	record AuxiliaryGraph(List<String> edges, List<Attribute> attributes) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record LogEntry(String timestamp, String level, String code, String message) {
	}

	record MetaKnowledgeGraph(Map<String, MetaNode> nodes, List<MetaEdge> edges) {
	}

	record MetaNode(@JsonProperty("id_prefixes") List<String> idPrefixes) {
	}

	record MetaEdge(String subject, String predicate, String object,
			@JsonProperty("knowledge_types") List<String> knowledgeTypes, List<MetaQualifier> qualifiers) {
	}

	record MetaQualifier(@JsonProperty("qualifier_type_id") String type,
			@JsonProperty("applicable_values") List<String> applicableValues) {
	}

}
