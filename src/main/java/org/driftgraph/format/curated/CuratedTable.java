package org.driftgraph.format.curated;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The curated format's four files and their columns, declared once: {@link CuratedFormat}
 * reads each column as its {@link Kind} says, {@link CuratedWriter} writes the columns in
 * this order, and docs/data-formats.md lists them in this order too (a test compares
 * them).
 */
public enum CuratedTable {

	/** The entities: every label but papers and drift events. */
	NODES("nodes.tsv", required("labels", Kind.LABELS), required("key", Kind.KEY), required("name", Kind.TEXT),
			optional("synonyms", Kind.LIST), optional("curie", Kind.CURIE), optional("xrefs", Kind.CURIES),
			optional("curie_verified", Kind.BOOLEAN), optional("in_seed", Kind.BOOLEAN),
			optional("unlinked_reason", Kind.TEXT), optional("note", Kind.TEXT)),
	/** The papers, and which papers cite them. */
	PAPERS("papers.tsv", required("key", Kind.KEY), required("first_author", Kind.TEXT), required("year", Kind.YEAR),
			required("title", Kind.TEXT), optional("journal", Kind.TEXT), optional("doi", Kind.DOI),
			optional("pmid", Kind.PMID), optional("summary", Kind.TEXT), optional("cited_by", Kind.CITED_BY)),
	/** The claims: one relationship a row, with its evidence and qualifiers. */
	EDGES("edges.tsv", required("id", Kind.KEY), required("subject", Kind.END), required("predicate", Kind.PREDICATE),
			required("object", Kind.END), required("refs", Kind.REFS), optional("checked_refs", Kind.CHECKED_REFS),
			required("confidence", Kind.CONFIDENCE), optional("confidence_note", Kind.TEXT),
			optional("contested", Kind.BOOLEAN), optional("note", Kind.TEXT), optional("away_from", Kind.LIST),
			optional("applies_to_members", Kind.LIST), optional("inherited_from", Kind.TEXT),
			optional("via", Kind.LIST), optional("review_grouping", Kind.TEXT), optional("context", Kind.TEXT),
			optional("population", Kind.TEXT), optional("incidence", Kind.TEXT), optional("onset", Kind.TEXT),
			optional("phenotype", Kind.TEXT), optional("direction", Kind.TEXT), optional("tissue", Kind.TEXT)),
	/**
	 * The drift events, linked to what triggers them, where they occur and what they
	 * result in.
	 */
	DRIFT_EVENTS("drift_events.tsv", required("key", Kind.KEY), required("name", Kind.TEXT),
			optional("triggered_by", Kind.LINK), optional("occurs_in", Kind.LINK), optional("results_in", Kind.LINK),
			optional("shifts_from", Kind.LINK), optional("shifts_to", Kind.LINK), optional("involves", Kind.LINK),
			optional("managed_by", Kind.LINK), required("refs", Kind.REFS), optional("checked_refs", Kind.CHECKED_REFS),
			optional("incidence", Kind.TEXT), optional("onset", Kind.TEXT), optional("markers", Kind.TEXT),
			optional("management", Kind.TEXT), required("confidence", Kind.CONFIDENCE),
			optional("confidence_note", Kind.TEXT), optional("contested", Kind.BOOLEAN), optional("notes", Kind.TEXT));

	/** What a column holds, which says how it is read and checked. */
	public enum Kind {

		/** The record's own key (a relationship's row id), stored as a property. */
		KEY,
		/** The key of the node a relationship starts or ends at. */
		END,
		/** A node's labels: its metagraph label first. */
		LABELS,
		/** A relationship type. */
		PREDICATE,
		/** Text, stored as it is. */
		TEXT,
		/** A list. */
		LIST,
		/** {@code true} or {@code false}. */
		BOOLEAN,
		/** A year, 1900-2099, stored as a number. */
		YEAR,
		/** A DOI. */
		DOI,
		/** A PubMed id. */
		PMID,
		/** The node's CURIE, with a prefix its label takes. */
		CURIE,
		/** A list of CURIEs. */
		CURIES,
		/**
		 * Paper keys, and {@link CuratedFormat#GENERAL_KNOWLEDGE} for general knowledge.
		 */
		REFS,
		/** The refs whose abstracts were checked. */
		CHECKED_REFS,
		/** {@code high}, {@code medium} or {@code low}. */
		CONFIDENCE,
		/** The keys of papers citing this one: each a {@code CITES} relationship. */
		CITED_BY,
		/**
		 * Node keys, each a relationship of the column's type in upper case
		 * ({@code triggered_by}: TRIGGERED_BY).
		 */
		LINK

	}

	/**
	 * One column.
	 *
	 * @param name the name in the header
	 * @param kind what it holds
	 * @param required whether the header must have it
	 */
	public record Column(String name, Kind kind, boolean required) {
	}

	private final String file;

	private final List<Column> columns;

	CuratedTable(String file, Column... columns) {
		this.file = file;
		this.columns = List.of(columns);
	}

	/**
	 * @return the file's name
	 */
	public String file() {
		return file;
	}

	/**
	 * @return the columns, in the order they are written
	 */
	public List<Column> columns() {
		return columns;
	}

	/**
	 * @return the names of the columns, in the order they are written
	 */
	public List<String> columnNames() {
		return columns.stream().map(Column::name).toList();
	}

	Set<String> names(boolean required) {
		return columns.stream()
			.filter(c -> c.required() == required)
			.map(Column::name)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * @return the names of the columns of these kinds, in every table: for a reader that
	 * types properties from text
	 */
	public static Set<String> columnsOf(Kind... kinds) {
		Set<Kind> wanted = Set.of(kinds);
		return List.of(values())
			.stream()
			.flatMap(t -> t.columns.stream())
			.filter(c -> wanted.contains(c.kind()))
			.map(Column::name)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * @return the file names, in the order they are read (and checksummed) and written
	 */
	public static List<String> files() {
		return List.of(values()).stream().map(CuratedTable::file).toList();
	}

	private static Column required(String name, Kind kind) {
		return new Column(name, kind, true);
	}

	private static Column optional(String name, Kind kind) {
		return new Column(name, kind, false);
	}

}
