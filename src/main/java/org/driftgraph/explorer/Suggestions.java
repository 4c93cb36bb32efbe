package org.driftgraph.explorer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.driftgraph.literature.Literature;
import org.driftgraph.literature.PaperView;
import org.driftgraph.lookup.EntityLookup;
import org.driftgraph.lookup.EntitySummary;

import org.springframework.stereotype.Component;

/**
 * What the search box offers while one types: a node whose key is the text, the nodes
 * with that CURIE (or cross-reference), a paper with that DOI or PMID, then the full-text
 * hits over names and synonyms, each once.
 */
@Component
class Suggestions {

	static final int LIMIT = 8;

	private final EntityLookup lookup;

	private final Literature literature;

	Suggestions(EntityLookup lookup, Literature literature) {
		this.lookup = lookup;
		this.literature = literature;
	}

	List<Suggestion> find(String text) {
		String q = text.strip();
		Map<String, Suggestion> found = new LinkedHashMap<>();
		lookup.byKey(q).ifPresent(e -> add(found, e, null));
		if (q.contains(":")) {
			lookup.byCurie(q).forEach(e -> add(found, e, e.node().curie()));
		}
		if (q.startsWith("10.")) {
			literature.byDoi(q)
				.map(PaperView::paper)
				.ifPresent(p -> add(found, p.key(), p.title(), Kind.PAPER, "doi:" + p.doi()));
		}
		if (q.matches("\\d{5,9}")) {
			literature.byPmid(q)
				.map(PaperView::paper)
				.ifPresent(p -> add(found, p.key(), p.title(), Kind.PAPER, "PMID " + p.pmid()));
		}
		for (EntitySummary e : lookup.search(q, LIMIT)) {
			add(found, e, matchedSynonym(e, q));
		}
		return found.values().stream().limit(LIMIT).toList();
	}

	private static void add(Map<String, Suggestion> found, EntitySummary e, String match) {
		NodeView node = NodeView.of(e.node());
		add(found, node.key(), node.name(), node.kind(), match);
	}

	private static void add(Map<String, Suggestion> found, String key, String name, Kind kind, String match) {
		found.putIfAbsent(key, new Suggestion(key, name, kind.word(), kind.css(), match, Links.entity(key)));
	}

	/**
	 * The synonym the text found, when the name itself does not contain it: "Cosentyx"
	 * for secukinumab.
	 */
	private static String matchedSynonym(EntitySummary e, String text) {
		String q = text.toLowerCase(Locale.ROOT);
		String name = e.node().name();
		if (name != null && name.toLowerCase(Locale.ROOT).contains(q)) {
			return null;
		}
		return e.synonyms().stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(q)).findFirst().orElse(null);
	}

}
