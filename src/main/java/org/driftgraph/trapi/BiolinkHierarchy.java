package org.driftgraph.trapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The class and slot hierarchy of the Biolink Model (the copy in
 * {@code biolink/biolink-model.yaml}, the same the mapping is checked against): which
 * categories and predicates descend from a queried one, and which predicate is a
 * predicate's inverse. TRAPI asks a provider to match descendants and inverses; the model
 * decides them, not a list kept here.
 */
final class BiolinkHierarchy {

	private final String version;

	/**
	 * {@code biolink:Name} or {@code biolink:name} to its parent's, for classes and
	 * slots.
	 */
	private final Map<String, String> parents = new HashMap<>();

	/** Predicate to its declared inverse, both ways. */
	private final Map<String, String> inverses = new HashMap<>();

	private final Set<String> symmetric = new LinkedHashSet<>();

	/** Every class and slot, by its CURIE. */
	private final Set<String> names = new HashSet<>();

	private BiolinkHierarchy(JsonNode model) {
		this.version = model.path("version").asString();
		model.path("classes").properties().forEach(e -> {
			names.add(category(e.getKey()));
			if (e.getValue().hasNonNull("is_a")) {
				parents.put(category(e.getKey()), category(e.getValue().get("is_a").asString()));
			}
		});
		model.path("slots").properties().forEach(e -> {
			JsonNode slot = e.getValue();
			String name = predicate(e.getKey());
			names.add(name);
			if (slot.hasNonNull("is_a")) {
				parents.put(name, predicate(slot.get("is_a").asString()));
			}
			if (slot.hasNonNull("inverse")) {
				String inverse = predicate(slot.get("inverse").asString());
				inverses.put(name, inverse);
				inverses.put(inverse, name);
			}
			if (slot.path("symmetric").asBoolean(false)) {
				symmetric.add(name);
			}
		});
	}

	static BiolinkHierarchy load() {
		try (InputStream in = BiolinkHierarchy.class.getResourceAsStream("/biolink/biolink-model.yaml")) {
			return new BiolinkHierarchy(new YAMLMapper().readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the model's version, such as {@code 4.4.4}
	 */
	String version() {
		return version;
	}

	/**
	 * @return whether the class or slot is the ancestor itself or descends from it
	 */
	boolean isA(String element, String ancestor) {
		for (String e = element; e != null; e = parents.get(e)) {
			if (e.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return whether the model declares this class or slot
	 */
	boolean knows(String element) {
		return names.contains(element);
	}

	/**
	 * @return the predicate's declared inverse, or itself when it is symmetric, if either
	 */
	Optional<String> inverse(String predicate) {
		if (inverses.containsKey(predicate)) {
			return Optional.of(inverses.get(predicate));
		}
		return symmetric.contains(predicate) ? Optional.of(predicate) : Optional.empty();
	}

	/** {@code named thing} → {@code biolink:NamedThing} */
	private static String category(String name) {
		return "biolink:" + Arrays.stream(name.split(" "))
			.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
			.collect(Collectors.joining());
	}

	/** {@code related to} → {@code biolink:related_to} */
	private static String predicate(String name) {
		return "biolink:" + name.replace(' ', '_');
	}

}
