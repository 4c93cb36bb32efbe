package org.driftgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path.Segment;
import org.neo4j.driver.types.TypeSystem;

/**
 * One file of {@code cypher/examples}: a query under a comment header that says what it
 * shows and, in {@code // expect:} lines, what its result must be (see
 * {@code cypher/examples/README.md}):
 * <ul>
 * <li>{@code rows = 2}, {@code rows >= 5}, {@code rows <= 10}: the number of
 * records;</li>
 * <li>{@code nodes = 6} (also {@code >=}, {@code <=}): distinct nodes anywhere in the
 * result, which is what Neo4j Browser draws;</li>
 * <li>{@code includes th2, R100}: each value occurs in the result, as a string value or
 * as the {@code key} of a node or the {@code id} of a relationship.</li>
 * </ul>
 */
public record CypherExample(String name, String query, List<Expectation> expectations) {

	/**
	 * Where the examples live, relative to the project directory (the working directory
	 * of the tests).
	 */
	public static final Path DIRECTORY = Path.of("cypher", "examples");

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.*)");

	private static final Pattern COUNT = Pattern.compile("(rows|nodes)\\s*(=|>=|<=)\\s*(\\d+)");

	private static final Pattern INCLUDES = Pattern.compile("includes\\s+(.+)");

	/** One {@code // expect:} line. */
	public sealed interface Expectation {

		/**
		 * @return what is wrong with the result, or null when it meets this expectation
		 */
		String violation(Outcome outcome);

	}

	/** A bound on the number of rows or of distinct nodes. */
	public record Count(String what, String operator, int bound) implements Expectation {

		@Override
		public String violation(Outcome outcome) {
			int actual = what.equals("rows") ? outcome.rows() : outcome.nodes();
			boolean met = switch (operator) {
				case "=" -> actual == bound;
				case ">=" -> actual >= bound;
				default -> actual <= bound;
			};
			return met ? null : "expected " + what + " " + operator + " " + bound + " but got " + actual;
		}

	}

	/** Values the result must contain. */
	public record Includes(List<String> values) implements Expectation {

		@Override
		public String violation(Outcome outcome) {
			List<String> missing = values.stream().filter(v -> !outcome.values().contains(v)).toList();
			return missing.isEmpty() ? null : "expected the result to include " + missing;
		}

	}

	/**
	 * What a query returned, reduced to what expectations check.
	 *
	 * @param rows the number of records
	 * @param nodes the number of distinct nodes anywhere in the records
	 * @param values every string value, node key and relationship id anywhere in the
	 * records
	 */
	public record Outcome(int rows, int nodes, Set<String> values) {

		/**
		 * @return the outcome of these records
		 */
		public static Outcome of(List<Record> records) {
			return ofRows(records.stream().map(Record::values).toList());
		}

		static Outcome ofRows(List<List<Value>> rows) {
			Set<String> nodeIds = new HashSet<>();
			Set<String> values = new HashSet<>();
			rows.forEach(row -> row.forEach(value -> collect(value, nodeIds, values)));
			return new Outcome(rows.size(), nodeIds.size(), values);
		}

		private static void collect(Value value, Set<String> nodeIds, Set<String> values) {
			if (value.hasType(TYPES.STRING())) {
				values.add(value.asString());
			}
			else if (value.hasType(TYPES.NODE())) {
				addNode(value.asNode(), nodeIds, values);
			}
			else if (value.hasType(TYPES.RELATIONSHIP())) {
				addString(value.asRelationship().get("id"), values);
			}
			else if (value.hasType(TYPES.PATH())) {
				value.asPath().nodes().forEach(node -> addNode(node, nodeIds, values));
				for (Segment segment : value.asPath()) {
					addString(segment.relationship().get("id"), values);
				}
			}
			else if (value.hasType(TYPES.LIST()) || value.hasType(TYPES.MAP())) {
				value.values().forEach(v -> collect(v, nodeIds, values));
			}
		}

		private static void addNode(Node node, Set<String> nodeIds, Set<String> values) {
			nodeIds.add(node.elementId());
			addString(node.get("key"), values);
		}

		private static void addString(Value value, Set<String> values) {
			if (!value.isNull()) {
				values.add(value.asString());
			}
		}

	}

	/**
	 * @return every example, sorted by name
	 */
	public static List<CypherExample> all() {
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			return files.filter(f -> f.toString().endsWith(".cypher")).sorted().map(CypherExample::read).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the example of that name ({@code cypher/examples/<name>.cypher})
	 */
	public static CypherExample named(String name) {
		return read(DIRECTORY.resolve(name + ".cypher"));
	}

	static CypherExample read(Path file) {
		try {
			String name = file.getFileName().toString().replaceFirst("\\.cypher$", "");
			return parse(name, Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param name the example's name, for messages
	 * @param text the file's content
	 * @return the example
	 * @throws IllegalArgumentException when an expectation cannot be read or there is
	 * none
	 */
	public static CypherExample parse(String name, String text) {
		List<Expectation> expectations = new ArrayList<>();
		for (String line : text.lines().takeWhile(l -> l.isBlank() || l.startsWith("//")).toList()) {
			Matcher expect = EXPECT.matcher(line.strip());
			if (expect.matches()) {
				expectations.add(expectation(name, expect.group(1).strip()));
			}
		}
		if (expectations.isEmpty()) {
			throw new IllegalArgumentException(name + ": no '// expect:' line in the header");
		}
		return new CypherExample(name, text, List.copyOf(expectations));
	}

	private static Expectation expectation(String name, String text) {
		Matcher count = COUNT.matcher(text);
		if (count.matches()) {
			return new Count(count.group(1), count.group(2), Integer.parseInt(count.group(3)));
		}
		Matcher includes = INCLUDES.matcher(text);
		if (includes.matches()) {
			return new Includes(List.of(includes.group(1).strip().split("\\s*,\\s*")));
		}
		throw new IllegalArgumentException(
				name + ": cannot read '// expect: " + text + "'; write rows|nodes =|>=|<= N, or includes a, b, c");
	}

	/**
	 * @return every expectation this outcome does not meet
	 */
	public List<String> violations(Outcome outcome) {
		return expectations.stream().map(e -> e.violation(outcome)).filter(v -> v != null).toList();
	}

	/**
	 * @return the exact number of distinct nodes the header promises, if it does
	 */
	public OptionalInt expectedNodes() {
		return expectations.stream()
			.filter(e -> e instanceof Count c && c.what().equals("nodes") && c.operator().equals("="))
			.mapToInt(e -> ((Count) e).bound())
			.findFirst();
	}

}
