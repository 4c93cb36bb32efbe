package org.driftgraph.kb;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.driftgraph.format.kgx.KgxFormat;

/**
 * The formats an import reads: DriftGraph's curated TSV files, or KGX nodes and edges
 * (TSV or JSON Lines). Without an explicit choice, {@link #detect} tells them apart by
 * their file names and header lines.
 */
public enum ImportFormat {

	/**
	 * {@code nodes.tsv}, {@code papers.tsv}, {@code edges.tsv}, {@code drift_events.tsv}
	 * as in {@code src/main/resources/kb}.
	 */
	CURATED("curated"),
	/**
	 * KGX {@code nodes.tsv}/{@code edges.tsv} or {@code nodes.jsonl}/{@code edges.jsonl},
	 * Biolink mapped back. The export's names of its two serialisations name it too, so
	 * that what an export wrote imports by the same name.
	 */
	KGX("kgx", "kgx-tsv", "kgx-jsonl");

	/** How much of a file {@link #detect} reads to find its header. */
	private static final int HEAD = 64 * 1024;

	private final String id;

	private final List<String> aliases;

	ImportFormat(String id, String... aliases) {
		this.id = id;
		this.aliases = List.of(aliases);
	}

	/**
	 * @return the format's name in requests and on the command line
	 */
	public String id() {
		return id;
	}

	/**
	 * @return every name a format answers to
	 */
	public static List<String> ids() {
		return Arrays.stream(values()).flatMap(f -> Stream.concat(Stream.of(f.id), f.aliases.stream())).toList();
	}

	/**
	 * @return the format of this name, if there is one
	 */
	public static Optional<ImportFormat> of(String id) {
		return Arrays.stream(values()).filter(f -> f.id.equals(id) || f.aliases.contains(id)).findFirst();
	}

	/**
	 * The rule: KGX when a file is JSON Lines ({@code .jsonl}), when {@code nodes.tsv}'s
	 * header has {@code id} and {@code category}, or when {@code edges.tsv}'s header has
	 * {@code primary_knowledge_source} or {@code knowledge_level}; the curated format
	 * otherwise (whose {@code nodes.tsv} has {@code labels} and {@code key}, and whose
	 * {@code edges.tsv} has {@code refs}).
	 * @param files file name → content
	 * @return the format the files are in
	 */
	public static ImportFormat detect(Map<String, byte[]> files) {
		if (files.keySet().stream().anyMatch(name -> name.endsWith(".jsonl"))) {
			return KGX;
		}
		List<String> nodes = header(files.get(KgxFormat.NODES_TSV));
		List<String> edges = header(files.get(KgxFormat.EDGES_TSV));
		boolean kgx = nodes.contains("id") && nodes.contains("category") || edges.contains("primary_knowledge_source")
				|| edges.contains("knowledge_level");
		return kgx ? KGX : CURATED;
	}

	/**
	 * @return the column names of a TSV file's first line that is neither blank nor a
	 * comment
	 */
	private static List<String> header(byte[] content) {
		if (content == null) {
			return List.of();
		}
		// the header is at the start: no need to decode a large file in full
		return new String(content, 0, Math.min(content.length, HEAD), StandardCharsets.UTF_8).lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.findFirst()
			.map(line -> Arrays.stream(line.split("\t")).map(String::strip).map(c -> c.replace("\uFEFF", "")).toList())
			.orElse(List.of());
	}

	@Override
	public String toString() {
		return id;
	}

}
