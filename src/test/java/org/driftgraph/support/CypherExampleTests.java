package org.driftgraph.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.driftgraph.support.CypherExample.Outcome;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CypherExampleTests {

	static final String EXAMPLE = """
			// What it shows.
			// expect: rows >= 2
			// expect: nodes = 3
			// expect: includes th2, R100
			MATCH p = (a)-->(b) RETURN p
			// a comment in the query is not a header line: expect: rows = 99
			""";

	@Test
	void reads_every_expectation_of_the_header_and_only_of_the_header() {
		CypherExample example = CypherExample.parse("x", EXAMPLE);
		assertThat(example.expectations()).containsExactly(new CypherExample.Count("rows", ">=", 2),
				new CypherExample.Count("nodes", "=", 3), new CypherExample.Includes(List.of("th2", "R100")));
		assertThat(example.expectedNodes()).hasValue(3);
	}

	@Test
	void a_result_that_meets_every_expectation_has_no_violation() {
		CypherExample example = CypherExample.parse("x", EXAMPLE);
		assertThat(example.violations(new Outcome(2, 3, Set.of("th2", "R100", "th17")))).isEmpty();
	}

	@Test
	void each_unmet_expectation_is_reported() {
		CypherExample example = CypherExample.parse("x", EXAMPLE);
		assertThat(example.violations(new Outcome(1, 4, Set.of("th2")))).containsExactly("expected rows >= 2 but got 1",
				"expected nodes = 3 but got 4", "expected the result to include [R100]");
		assertThat(CypherExample.parse("x", "// expect: rows <= 1\nRETURN 1").violations(new Outcome(2, 0, Set.of())))
			.containsExactly("expected rows <= 1 but got 2");
	}

	@Test
	void values_count_wherever_they_are_in_a_row() {
		Outcome outcome = Outcome
			.ofRows(List.of(List.of(Values.value("R100"), Values.value(List.of("ref16", List.of("th1"))),
					Values.value(Map.of("note", "contested")), Values.value(7))));
		assertThat(outcome).isEqualTo(new Outcome(1, 0, Set.of("R100", "ref16", "th1", "contested")));
	}

	@Test
	void an_example_without_expectation_or_with_an_unreadable_one_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CypherExample.parse("bare", "// shows\nRETURN 1"))
			.withMessage("bare: no '// expect:' line in the header");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CypherExample.parse("odd", "// expect: rows > 1\nRETURN 1"))
			.withMessageStartingWith("odd: cannot read '// expect: rows > 1'");
	}

}
