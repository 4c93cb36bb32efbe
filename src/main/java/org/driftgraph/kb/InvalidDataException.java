package org.driftgraph.kb;

import java.util.List;
import java.util.stream.Collectors;

import org.driftgraph.format.tsv.Problem;

/**
 * Input files that cannot be loaded; nothing was written. Carries every problem found.
 */
public final class InvalidDataException extends RuntimeException {

	/** Messages list at most this many problems; {@link #problems()} has them all. */
	static final int SHOWN = 20;

	private final List<Problem> problems;

	InvalidDataException(List<Problem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * @return every problem found, in file and line order
	 */
	public List<Problem> problems() {
		return problems;
	}

	private static String summary(List<Problem> problems) {
		String shown = problems.stream().limit(SHOWN).map(p -> "  " + p).collect(Collectors.joining("\n"));
		String more = problems.size() > SHOWN ? "\n  ... and " + (problems.size() - SHOWN) + " more" : "";
		return problems.size() + " problem(s) in the input; nothing was loaded:\n" + shown + more;
	}

}
