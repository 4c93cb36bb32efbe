package org.driftgraph.schema;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The syntax of the identifiers DriftGraph stores: CURIEs by prefix, DOIs and PMIDs. */
public final class Identifiers {

	/**
	 * Local-id patterns of every CURIE prefix in use (UniProt's is UniProt's own
	 * accession rule), sorted by prefix so that messages listing them read the same every
	 * time.
	 */
	public static final Map<String, Pattern> CURIE_PATTERNS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
			"DRUGBANK", Pattern.compile("DB\\d{5}"), "CHEBI", Pattern.compile("[1-9]\\d*"), "UniProtKB",
			Pattern.compile("[OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2}"), "CL",
			Pattern.compile("\\d{7}"), "MONDO", Pattern.compile("\\d{7}"), "MESH", Pattern.compile("[CD]\\d{6,9}"),
			"NCBITaxon", Pattern.compile("\\d+"), "HP", Pattern.compile("\\d{7}"), "GO", Pattern.compile("\\d{7}"))));

	private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

	private static final Pattern PMID = Pattern.compile("[1-9]\\d{0,8}");

	private Identifiers() {
	}

	/**
	 * @return what is wrong with the CURIE, or empty when it is well-formed
	 */
	public static Optional<String> curieProblem(String curie) {
		int colon = curie.indexOf(':');
		if (colon <= 0) {
			return Optional.of("'" + curie + "' is not a CURIE (PREFIX:local-id)");
		}
		Pattern local = CURIE_PATTERNS.get(curie.substring(0, colon));
		if (local == null) {
			return Optional.of("unknown CURIE prefix in '" + curie + "'; known are " + CURIE_PATTERNS.keySet());
		}
		if (!local.matcher(curie.substring(colon + 1)).matches()) {
			return Optional
				.of("'" + curie + "' does not match the " + curie.substring(0, colon) + " pattern " + local.pattern());
		}
		return Optional.empty();
	}

	/**
	 * @return whether the DOI is well-formed (10.NNNN/suffix, no spaces)
	 */
	public static boolean isDoi(String doi) {
		return DOI.matcher(doi).matches();
	}

	/**
	 * @return whether the PubMed id is well-formed (digits only)
	 */
	public static boolean isPmid(String pmid) {
		return PMID.matcher(pmid).matches();
	}

}
