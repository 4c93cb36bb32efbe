package org.driftgraph.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.driftgraph.format.tsv.Source;
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

	/** @return the node keys named in qualifiers ({@code away_from}, {@code via}, ...), by column */
	Map<String, List<String>> qualifierKeys() {
		Map<String, List<String>> keys = new LinkedHashMap<>();
		for (String column : List.of("away_from", "applies_to_members", "via", "inherited_from")) {
			Object value = properties.get(column);
			if (value instanceof List<?> list) {
				keys.put(column, list.stream().map(String.class::cast).toList());
			}
			else if (value != null) {
				keys.put(column, List.of((String) value));
			}
		}
		return keys;
	}

}
