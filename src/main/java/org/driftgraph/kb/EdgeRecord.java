package org.driftgraph.kb;

import java.util.List;
import java.util.Map;

import org.driftgraph.schema.MetaEdge;

/**
 * A relationship to write between two keys, with all its properties ({@code id} where the source has one).
 */
record EdgeRecord(MetaEdge type, String subject, String object, Map<String, Object> properties, Source source) {

	/** @return the paper keys cited as evidence, without the {@code GK} marker */
	@SuppressWarnings("unchecked")
	List<String> refs() {
		return (List<String>) properties.getOrDefault("refs", List.of());
	}

	String id() {
		return (String) properties.get("id");
	}

}
