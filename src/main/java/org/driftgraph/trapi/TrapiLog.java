package org.driftgraph.trapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The log of one query, in the order things happened, each entry timestamped. The
 * response carries the entries at the query's {@code log_level} and above ({@code INFO}
 * when it names none).
 */
final class TrapiLog {

	/** TRAPI's log levels, most critical first. */
	enum Level {

		ERROR, WARNING, INFO, DEBUG

	}

	private final List<Trapi.LogEntry> entries = new ArrayList<>();

	private final List<Level> levels = new ArrayList<>();

	void error(String code, String message) {
		add(Level.ERROR, code, message);
	}

	void warning(String code, String message) {
		add(Level.WARNING, code, message);
	}

	void info(String message) {
		add(Level.INFO, null, message);
	}

	void debug(String message) {
		add(Level.DEBUG, null, message);
	}

	/**
	 * @return the entries at this level or more critical, oldest first
	 */
	List<Trapi.LogEntry> entries(Level least) {
		List<Trapi.LogEntry> shown = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			if (levels.get(i).compareTo(least) <= 0) {
				shown.add(entries.get(i));
			}
		}
		return shown;
	}

	private void add(Level level, String code, String message) {
		entries.add(new Trapi.LogEntry(Instant.now().toString(), level.name(), code, message));
		levels.add(level);
	}

}
