package org.driftgraph.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.driftgraph.drift.DriftEventCypher;
import org.driftgraph.drift.DriftEventSummary;
import org.driftgraph.format.curated.CuratedFormat;
import org.driftgraph.pathway.Cause;
import org.driftgraph.pathway.PathwayService;
import org.driftgraph.qa.QualityChecks;
import org.driftgraph.qa.QualityReport;
import org.driftgraph.schema.Label;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift-event tallies that {@code causesOf} reads stay equal to the drift events in
 * the graph through every way the importer writes them: the curated release, an import
 * that adds events, a dry run, a re-import, a KGX import that links an existing event to
 * another reaction.
 */
@SpringBootTest
class DriftEventTalliesIT extends IntegrationTest {

	static final String PROBE = "tally_probe";

	static final String ECZEMA = "eczematous_eruption";

	static final String PSORIASIFORM = "psoriasiform_eruption";

	@Autowired
	KnowledgeBaseLoader loader;

	@Autowired
	PathwayService pathways;

	@Autowired
	QualityChecks quality;

	@Autowired
	Driver driver;

	/** What a tally says: how many drift events, and the first keys. */
	record Tally(long events, List<String> first) {
	}

	@AfterEach
	void removeTheProbe() {
		try (var session = driver.session()) {
			session.run("MATCH (n) WHERE n.key STARTS WITH $probe DETACH DELETE n", Map.of("probe", PROBE)).consume();
			session.run("MATCH (t:DriftEventTally) WHERE t.culprit STARTS WITH $probe DELETE t", Map.of("probe", PROBE))
				.consume();
			session.run("MATCH (c:Change {who: $probe}) DELETE c", Map.of("probe", PROBE)).consume();
		}
	}

	@Test
	void the_curated_release_is_tallied_as_counted() {
		assertThat(tally("class_tnfi", ECZEMA)).isEqualTo(new Tally(2, List.of("DE01", "DE02")));
		assertThat(tally("class_tnfi", PSORIASIFORM)).isEqualTo(counted("class_tnfi", PSORIASIFORM));
		assertThat(talliesCheck().passed()).isTrue();
	}

	@Test
	void a_graph_loaded_before_tallies_existed_gets_them_when_its_release_is_loaded_again() throws IOException {
		Tally before = tally("class_tnfi", ECZEMA);
		try (var session = driver.session()) {
			session.run("MATCH (t:DriftEventTally) DELETE t").consume();
		}
		assertThat(loader.loadRelease(KnowledgeBaseLoaderIT.curatedFiles(), "test").alreadyLoaded()).isTrue();
		assertThat(tally("class_tnfi", ECZEMA)).isEqualTo(before);
		assertThat(talliesCheck().passed()).isTrue();
	}

	@Test
	void imports_that_add_drift_events_keep_the_tally_exact_and_causes_of_reads_it() {
		// 30 events of one culprit and reaction: more than an answer lists
		loader.importFiles(probe(events(1, 30, ECZEMA)), false, PROBE);
		List<String> first25 = keys(1, 25);
		assertThat(tally(PROBE, ECZEMA)).isEqualTo(new Tally(30, first25)).isEqualTo(counted(PROBE, ECZEMA));
		Cause cause = causeOf(ECZEMA);
		assertThat(cause.driftEventCount()).isEqualTo(30);
		assertThat(cause.driftEvents()).extracting(DriftEventSummary::key).containsExactlyElementsOf(first25);

		// an event that sorts first and results in two reactions: a dry run changes no
		// tally
		Map<String, byte[]> more = Map.of(CuratedFormat.DRIFT_EVENTS, events(0, 0, ECZEMA + "|" + PSORIASIFORM));
		assertThat(loader.importFiles(more, true, PROBE).written()).isFalse();
		assertThat(tally(PROBE, ECZEMA)).isEqualTo(new Tally(30, first25));
		assertThat(tally(PROBE, PSORIASIFORM)).isNull();

		loader.importFiles(more, false, PROBE);
		assertThat(tally(PROBE, ECZEMA)).isEqualTo(new Tally(31, keys(0, 24))).isEqualTo(counted(PROBE, ECZEMA));
		assertThat(tally(PROBE, PSORIASIFORM)).isEqualTo(new Tally(1, keys(0, 0)));
		assertThat(causeOf(ECZEMA).driftEventCount()).isEqualTo(31);

		// the same files again write nothing, and the tallies stay
		assertThat(loader.importFiles(more, false, PROBE).written()).isFalse();
		assertThat(tally(PROBE, ECZEMA)).isEqualTo(new Tally(31, keys(0, 24)));

		// KGX: an existing event now also results in the psoriasiform eruption
		String kgx = String.join("\t", "subject", "predicate", "object", "original_predicate", "knowledge_level",
				"agent_type", "primary_knowledge_source") + "\n"
				+ String.join("\t", "driftgraph:" + key(7), "biolink:causes", "driftgraph:" + PSORIASIFORM,
						"driftgraph:RESULTS_IN", "knowledge_assertion", "manual_agent", "infores:driftgraph")
				+ "\n";
		loader.importFiles(Map.of("edges.tsv", utf8(kgx)), ImportFormat.KGX, false, PROBE);
		assertThat(tally(PROBE, PSORIASIFORM)).isEqualTo(new Tally(2, List.of(key(0), key(7))))
			.isEqualTo(counted(PROBE, PSORIASIFORM));
		assertThat(tally(PROBE, ECZEMA)).isEqualTo(new Tally(31, keys(0, 24)));
		assertThat(talliesCheck().passed()).isTrue();
	}

	/**
	 * The probe drug, its INDUCES claim on the eczematous eruption, and these drift
	 * events.
	 */
	static Map<String, byte[]> probe(byte[] driftEvents) {
		return Map.of(CuratedFormat.NODES, utf8("labels\tkey\tname\nDrug\t" + PROBE + "\tTally probe\n"),
				CuratedFormat.EDGES, utf8("id\tsubject\tpredicate\tobject\trefs\tconfidence\nTP1\t" + PROBE
						+ "\tINDUCES\t" + ECZEMA + "\tref26\tlow\n"),
				CuratedFormat.DRIFT_EVENTS, driftEvents);
	}

	/**
	 * drift_events.tsv with events {@code from} to {@code to} of the probe, each
	 * resulting in {@code results}.
	 */
	static byte[] events(int from, int to, String results) {
		StringBuilder tsv = new StringBuilder("key\tname\ttriggered_by\tresults_in\trefs\tconfidence\n");
		// written in reverse, so the tally's order is its own, not the file's
		for (int i = to; i >= from; i--) {
			tsv.append(key(i))
				.append("\tProbe event ")
				.append(i)
				.append('\t')
				.append(PROBE)
				.append('\t')
				.append(results)
				.append("\tref26\tlow\n");
		}
		return utf8(tsv.toString());
	}

	static String key(int i) {
		return "%s_e%02d".formatted(PROBE, i);
	}

	static List<String> keys(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj(DriftEventTalliesIT::key).toList();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	Cause causeOf(String reaction) {
		return pathways.causesOf(reaction)
			.stream()
			.filter(c -> c.culprit().key().equals(PROBE))
			.findFirst()
			.orElseThrow();
	}

	/** The tally of a culprit and reaction as stored, or null when there is none. */
	Tally tally(String culprit, String reaction) {
		try (var session = driver.session()) {
			return session.run("""
					MATCH (t:DriftEventTally {culprit: $culprit, reaction: $reaction})
					RETURN t.events AS events, t.first AS first""", Map.of("culprit", culprit, "reaction", reaction))
				.list(r -> new Tally(r.get("events").asLong(), r.get("first").asList(Value::asString)))
				.stream()
				.findFirst()
				.orElse(null);
		}
	}

	/**
	 * The drift events of a culprit and reaction counted in the graph, as a tally would
	 * say.
	 */
	Tally counted(String culprit, String reaction) {
		try (var session = driver.session()) {
			List<String> keys = session
				.run("""
						MATCH (:%1$s {key: $culprit})<-[:TRIGGERED_BY]-(e:DriftEvent)-[:RESULTS_IN]->(:%1$s {key: $reaction})
						RETURN DISTINCT e.key AS key ORDER BY key"""
					.formatted(Label.ANY), Map.of("culprit", culprit, "reaction", reaction))
				.list(r -> r.get("key").asString());
			return new Tally(keys.size(), keys.subList(0, Math.min(keys.size(), DriftEventCypher.TALLIED)));
		}
	}

	QualityReport.Check talliesCheck() {
		return quality.run()
			.checks()
			.stream()
			.filter(c -> c.name().equals("drift_event_tallies"))
			.findFirst()
			.orElseThrow();
	}

}
