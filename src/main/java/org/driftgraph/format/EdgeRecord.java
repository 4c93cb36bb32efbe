package org.driftgraph.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.driftgraph.format.tsv.Source;
import org.driftgraph.schema.MetaEdge;

/**
 * A relationship to write between two keys, with all its properties ({@code id} where the
 * source has one).
 *
 * @param type the relationship type
 * @param subject the key of the node it starts at
 * @param object the key of the node it ends at
 * @param properties every property
 * @param source where the relationship was read
 */
public record EdgeRecord(MetaEdge type, String subject, String object, Map<String, Object> properties, Source source) {

	/**
	 * @return the paper keys cited as evidence, without the {@code GK} marker
	 */
	@SuppressWarnings("unchecked")
	public List<String> refs() {
		return (List<String>) properties.getOrDefault("refs", List.of());
	}

	/**
	 * @return the claim's row id, or null
	 */
	public String id() {
		return (String) properties.get("id");
	}

	/**
	 * @return the node keys named in qualifiers ({@code away_from}, {@code via}, ...), by
	 * column
	 */
	public Map<String, List<String>> qualifierKeys() {
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
