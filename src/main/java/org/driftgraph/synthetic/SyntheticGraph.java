package org.driftgraph.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

import org.driftgraph.format.curated.CuratedFormat;
import org.driftgraph.format.curated.CuratedTable;
import org.driftgraph.format.curated.CuratedWriter;
import org.driftgraph.schema.EdgeKind;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;

/**
 * A synthetic DriftGraph of any size, deterministic from a seed, written in the curated
 * import format (the four TSV files, through {@link CuratedWriter}). It follows the real
 * metagraph ({@link MetaEdge}: only type/label combinations the schema allows) and the
 * shape we expect when case data arrives: a <em>vocabulary</em> (T-helper subsets,
 * cytokines and targets, diseases, reactions, classes, therapies, factors) and the drugs,
 * which grow only logarithmically with the graph (there are only so many biologics: a
 * million relationships of case data name the same few hundred drugs), whose popular
 * members become hubs (objects are drawn from a Zipf distribution), and <em>case-like
 * data</em> (drift events, papers, citations) that grows linearly. Every key starts with
 * {@code syn_}, every name with "Synthetic", and no node carries an external identifier,
 * so synthetic data can never pass for curated facts.
 */
public final class SyntheticGraph {

	/** Smallest graph the generator makes. */
	public static final long MIN_RELATIONSHIPS = 100;

	private static final String[] CONFIDENCE = { "high", "high", "high", "medium", "medium", "low" };

	/**
	 * Share of the relationships left after vocabulary and drugs that go to drift events
	 * (the rest: papers).
	 */
	private static final double EVENT_SHARE = 0.60;

	/**
	 * Expected relationships per drug, drift event and paper (see {@link #drugEdges},
	 * {@link #events}).
	 */
	private static final double PER_DRUG = 3.4;

	private static final double PER_EVENT = 10.0;

	private static final double PER_PAPER = 2.0;

	private final long seed;

	private final Map<Label, Integer> vocabulary = new EnumMap<>(Label.class);

	private final int drugs;

	private final int events;

	private final int papers;

	private final List<Claim> vocabularyClaims;

	/**
	 * A relationship between vocabulary nodes, kept in memory (its count does not grow
	 * with the graph).
	 */
	private record Claim(MetaEdge type, String subject, String object) {
	}

	/**
	 * What was written.
	 *
	 * @param nodes nodes in the files (drift events and papers included)
	 * @param relationships relationships the files make (claims, citations and
	 * drift-event links)
	 */
	public record Summary(long nodes, long relationships) {
	}

	/**
	 * @param relationships about how many relationships to make (the result is within a
	 * few percent)
	 * @param seed the same seed and size always give the same files, byte for byte
	 */
	public SyntheticGraph(long relationships, long seed) {
		if (relationships < MIN_RELATIONSHIPS) {
			throw new IllegalArgumentException("relationships must be at least " + MIN_RELATIONSHIPS);
		}
		this.seed = seed;
		double growth = 1 + Math.log10(Math.max(1.0, relationships / 1000.0));
		vocabulary.put(Label.DRUG_CLASS, (int) Math.round(8 * growth));
		vocabulary.put(Label.MOLECULE, (int) Math.round(30 * growth));
		vocabulary.put(Label.CELL_TYPE, 6 + (int) Math.round(4 * growth));
		vocabulary.put(Label.DISEASE, (int) Math.round(15 * growth));
		vocabulary.put(Label.ADVERSE_REACTION, (int) Math.round(10 * growth));
		vocabulary.put(Label.FACTOR, (int) Math.round(6 * growth));
		vocabulary.put(Label.THERAPY, (int) Math.round(8 * growth));
		this.vocabularyClaims = vocabularyClaims();
		this.drugs = (int) Math.round(60 * growth * growth);
		double rest = Math.max(0, relationships - vocabularyClaims.size() - drugs * PER_DRUG);
		this.events = Math.max(5, (int) Math.round(rest * EVENT_SHARE / PER_EVENT));
		this.papers = Math.max(20, (int) Math.round(rest * (1 - EVENT_SHARE) / PER_PAPER));
	}

	/**
	 * Writes nodes.tsv, papers.tsv, edges.tsv and drift_events.tsv into
	 * {@code directory}, streaming: memory does not grow with the size of the graph.
	 * @param progress told the number of relationships written so far, now and then
	 */
	public Summary write(Path directory, LongConsumer progress) throws IOException {
		Files.createDirectories(directory);
		long nodes = 0;
		long relationships = 0;
		try (CuratedWriter out = writer(directory, CuratedTable.NODES, "labels", "key", "name", "note")) {
			for (var entry : vocabulary.entrySet()) {
				for (int i = 0; i < entry.getValue(); i++) {
					boolean subset = entry.getKey() == Label.CELL_TYPE && i < 6;
					out.row(Map.of("labels",
							subset ? List.of(entry.getKey().value(), Label.TH_SUBSET_LABEL)
									: List.of(entry.getKey().value()),
							"key", key(entry.getKey(), i), "name", "Synthetic " + entry.getKey().value() + " " + i,
							"note", "synthetic"));
					nodes++;
				}
			}
			for (int i = 0; i < drugs; i++) {
				out.row(Map.of("labels", List.of(Label.DRUG.value()), "key", key(Label.DRUG, i), "name",
						"Synthetic Drug " + i, "note", "synthetic"));
				nodes++;
			}
		}
		try (CuratedWriter out = writer(directory, CuratedTable.PAPERS, "key", "first_author", "year", "title",
				"cited_by")) {
			for (int i = 0; i < papers; i++) {
				SplittableRandom random = random(Label.PAPER, i);
				List<String> citedBy = new ArrayList<>();
				// newer papers cite older ones; the first (oldest) papers are cited most
				for (int c = 0; c < 2 && i + 1 < papers; c++) {
					String citing = key(Label.PAPER, i + 1 + random.nextInt(papers - i - 1));
					if (!citedBy.contains(citing)) {
						citedBy.add(citing);
					}
				}
				out.row(Map.of("key", key(Label.PAPER, i), "first_author", "Synthetic A", "year", 1990 + i % 36,
						"title", "Synthetic paper " + i, "cited_by", citedBy));
				nodes++;
				relationships += citedBy.size();
			}
		}
		try (CuratedWriter out = writer(directory, CuratedTable.EDGES, "id", "subject", "predicate", "object", "refs",
				"confidence", "contested")) {
			long id = 0;
			for (Claim claim : vocabularyClaims) {
				writeClaim(out, random(null, id), ++id, claim);
				relationships++;
			}
			for (int i = 0; i < drugs; i++) {
				for (Claim claim : drugEdges(i)) {
					writeClaim(out, random(null, id), ++id, claim);
					relationships++;
				}
				if (i % 10_000 == 0) {
					progress.accept(relationships);
				}
			}
		}
		try (CuratedWriter out = writer(directory, CuratedTable.DRIFT_EVENTS, "key", "name", "triggered_by",
				"occurs_in", "results_in", "shifts_from", "shifts_to", "involves", "managed_by", "refs",
				"confidence")) {
			relationships += events(out, progress, relationships);
			nodes += events;
		}
		progress.accept(relationships);
		return new Summary(nodes, relationships);
	}

	/**
	 * One claim per (type, subject label) and vocabulary node, with probability ½;
	 * objects drawn by popularity.
	 */
	private List<Claim> vocabularyClaims() {
		List<Claim> claims = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(seed);
		for (MetaEdge type : MetaEdge.values()) {
			if (type.kind() == EdgeKind.EVENT) {
				continue;
			}
			List<Label> objects = type.objects().stream().filter(vocabulary::containsKey).toList();
			for (Label subjectLabel : type.subjects()) {
				if (!vocabulary.containsKey(subjectLabel) || objects.isEmpty()) {
					continue;
				}
				for (int s = 0; s < vocabulary.get(subjectLabel); s++) {
					if (random.nextBoolean()) {
						Label objectLabel = objects.get(random.nextInt(objects.size()));
						int o = zipf(random, vocabulary.get(objectLabel), 1.1);
						// within a label, claims point to more popular nodes only, so
						// hierarchies have no cycles
						if (objectLabel != subjectLabel || o < s) {
							claims.add(new Claim(type, key(subjectLabel, s), key(objectLabel, o)));
						}
					}
				}
			}
		}
		return claims;
	}

	/**
	 * A drug: one class, one or two targets, a treated disease, and sometimes a reaction
	 * and a subset shift.
	 */
	private List<Claim> drugEdges(int drug) {
		SplittableRandom random = random(Label.DRUG, drug);
		String key = key(Label.DRUG, drug);
		Set<Claim> claims = new LinkedHashSet<>();
		claims.add(new Claim(MetaEdge.MEMBER_OF, key, vocabularyKey(random, Label.DRUG_CLASS)));
		claims.add(new Claim(MetaEdge.INHIBITS, key, vocabularyKey(random, Label.MOLECULE)));
		if (random.nextDouble() < 0.3) {
			claims.add(new Claim(MetaEdge.INHIBITS, key, vocabularyKey(random, Label.MOLECULE)));
		}
		claims.add(new Claim(MetaEdge.TREATS, key, vocabularyKey(random, Label.DISEASE)));
		if (random.nextDouble() < 0.7) {
			claims.add(new Claim(MetaEdge.INDUCES, key, vocabularyKey(random, Label.ADVERSE_REACTION)));
		}
		if (random.nextDouble() < 0.1) {
			claims.add(new Claim(MetaEdge.SHIFTS_TOWARD, key, key(Label.CELL_TYPE, random.nextInt(6))));
		}
		return List.copyOf(claims);
	}

	/**
	 * Drift events: a drug in a disease results in a reaction, shifting one subset to
	 * another.
	 */
	private long events(CuratedWriter out, LongConsumer progress, long before) throws IOException {
		long relationships = 0;
		for (int i = 0; i < events; i++) {
			SplittableRandom random = random(Label.DRIFT_EVENT, i);
			int from = random.nextInt(6);
			int to = (from + 1 + random.nextInt(5)) % 6;
			Set<String> involves = new LinkedHashSet<>();
			involves.add(vocabularyKey(random, Label.MOLECULE));
			involves.add(vocabularyKey(random, Label.MOLECULE));
			List<String> refs = List.copyOf(refs(random, 2));
			Map<String, Object> row = new HashMap<>();
			row.put("key", key(Label.DRIFT_EVENT, i));
			row.put("name", "Synthetic drift event " + i);
			row.put("triggered_by", key(Label.DRUG, zipf(random, drugs, 0.7)));
			row.put("occurs_in", vocabularyKey(random, Label.DISEASE));
			row.put("results_in", vocabularyKey(random, Label.ADVERSE_REACTION));
			row.put("shifts_from", key(Label.CELL_TYPE, from));
			row.put("shifts_to", key(Label.CELL_TYPE, to));
			row.put("involves", List.copyOf(involves));
			row.put("managed_by", vocabularyKey(random, Label.THERAPY));
			row.put("refs", refs);
			row.put("confidence", CONFIDENCE[random.nextInt(CONFIDENCE.length)]);
			out.row(row);
			relationships += 6 + involves.size() + refs.size();
			if (i % 10_000 == 0) {
				progress.accept(before + relationships);
			}
		}
		return relationships;
	}

	private void writeClaim(CuratedWriter out, SplittableRandom random, long id, Claim claim) throws IOException {
		boolean generalKnowledge = claim.type().kind() == EdgeKind.TAXONOMY && random.nextInt(4) == 0;
		Map<String, Object> row = new HashMap<>();
		row.put("id", String.format("syn_e%07d", id));
		row.put("subject", claim.subject());
		row.put("predicate", claim.type().type());
		row.put("object", claim.object());
		if (generalKnowledge) {
			row.put(CuratedFormat.GENERAL_KNOWLEDGE_PROPERTY, true);
		}
		else {
			row.put("refs", List.copyOf(refs(random, 1 + random.nextInt(3))));
		}
		row.put("confidence", CONFIDENCE[random.nextInt(CONFIDENCE.length)]);
		row.put("contested", random.nextInt(30) == 0);
		out.row(row);
	}

	/**
	 * Papers cited as evidence: a few reviews are cited very often, most papers rarely.
	 */
	private Set<String> refs(SplittableRandom random, int count) {
		Set<String> refs = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			refs.add(key(Label.PAPER, zipf(random, papers, 0.8)));
		}
		return refs;
	}

	private String vocabularyKey(SplittableRandom random, Label label) {
		return key(label, zipf(random, vocabulary.get(label), 1.1));
	}

	/**
	 * Each drug, event and paper draws from its own stream, so it looks the same whatever
	 * else is generated.
	 */
	private SplittableRandom random(Label label, long index) {
		return new SplittableRandom(
				seed * 1_000_003L + (label == null ? 0 : label.ordinal() + 1) * 0x9E3779B97F4A7C15L + index);
	}

	private static String key(Label label, long index) {
		return "syn_" + label.value().toLowerCase(java.util.Locale.ROOT) + "_" + index;
	}

	/**
	 * Draws a rank in [0, n) with probability proportional to 1/(rank+1)^exponent, by
	 * inverting the continuous approximation of the distribution (constant time and
	 * memory, however large n is).
	 */
	static int zipf(SplittableRandom random, int n, double exponent) {
		double u = random.nextDouble();
		double rank;
		if (Math.abs(exponent - 1) < 1e-9) {
			rank = Math.pow(n + 1, u);
		}
		else {
			double top = Math.pow(n + 1, 1 - exponent);
			rank = Math.pow(1 + u * (top - 1), 1 / (1 - exponent));
		}
		return (int) Math.min(n - 1, Math.max(0, Math.floor(rank) - 1));
	}

	private static CuratedWriter writer(Path directory, CuratedTable table, String... columns) throws IOException {
		return new CuratedWriter(Files.newOutputStream(directory.resolve(table.file())), table, List.of(columns));
	}

}
