package org.driftgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.Yaml;

/**
 * The Biolink Model as its YAML schema declares it
 * ({@code src/main/resources/biolink/biolink-model.yaml}, a copy of
 * {@code shared/biolink}): categories are the classes under {@code named thing},
 * predicates the slots under {@code related to}, written as KGX writes them.
 */
final class BiolinkModel {

	private final Map<String, Object> schema;

	private BiolinkModel(Map<String, Object> schema) {
		this.schema = schema;
	}

	static BiolinkModel load() {
		try (InputStream in = BiolinkModel.class.getResourceAsStream("/biolink/biolink-model.yaml")) {
			return new BiolinkModel(new Yaml().load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String version() {
		return String.valueOf(schema.get("version"));
	}

	/**
	 * @return {@code biolink:CamelCase} of every class descending from
	 * {@code named thing}, not deprecated
	 */
	Set<String> categories() {
		return descendants("classes", "named thing").stream()
			.map(name -> "biolink:" + Arrays.stream(name.split(" "))
				.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
				.collect(Collectors.joining()))
			.collect(Collectors.toSet());
	}

	/**
	 * @return {@code biolink:snake_case} of every slot descending from
	 * {@code related to}, not deprecated
	 */
	Set<String> predicates() {
		return descendants("slots", "related to").stream()
			.map(name -> "biolink:" + name.replace(' ', '_'))
			.collect(Collectors.toSet());
	}

	/**
	 * @return whether there is a slot of this snake_case name
	 */
	boolean hasSlot(String snakeCase) {
		return section("slots").containsKey(snakeCase.replace('_', ' '));
	}

	/**
	 * @return the range of a slot given in snake_case, or null when it has none
	 */
	String slotRange(String snakeCase) {
		return (String) element("slots", snakeCase.replace('_', ' ')).get("range");
	}

	/**
	 * @return the permissible values of an enum, empty when there is no such enum
	 */
	Set<String> enumValues(String name) {
		return map(element("enums", name).get("permissible_values")).keySet();
	}

	/**
	 * @return every CURIE prefix the model declares or names as a class's id prefix
	 */
	Set<String> prefixes() {
		Set<String> prefixes = new HashSet<>(section("prefixes").keySet());
		section("classes").values()
			.stream()
			.map(c -> map(c).get("id_prefixes"))
			.filter(List.class::isInstance)
			.forEach(ids -> ((List<?>) ids).forEach(id -> prefixes.add(String.valueOf(id))));
		return prefixes;
	}

	private Set<String> descendants(String section, String root) {
		Set<String> names = new HashSet<>();
		for (String name : section(section).keySet()) {
			Map<String, Object> element = element(section, name);
			if (element.get("deprecated") != null) {
				continue;
			}
			for (String n = name; n != null; n = (String) element(section, n).get("is_a")) {
				if (n.equals(root)) {
					names.add(name);
					break;
				}
			}
		}
		return names;
	}

	/**
	 * @return the element's definition, empty when there is none
	 */
	private Map<String, Object> element(String section, String name) {
		return map(section(section).get(name));
	}

	private Map<String, Object> section(String name) {
		return map(schema.get(name));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return value == null ? Map.of() : (Map<String, Object>) value;
	}

}
