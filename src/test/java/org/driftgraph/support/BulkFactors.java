package org.driftgraph.support;

import java.nio.charset.StandardCharsets;

/**
 * Big but valid import files, for what only size shows: memory, time, and a process
 * killed midway.
 */
public final class BulkFactors {

	/** The key prefix of every node in {@link #nodesTsv}. */
	public static final String KEY_PREFIX = "bulk_";

	private BulkFactors() {
	}

	/**
	 * A valid nodes.tsv of Factor nodes with a long note each, about {@code megabytes} in
	 * size.
	 */
	public static byte[] nodesTsv(int megabytes) {
		String note = "x".repeat(200);
		StringBuilder tsv = new StringBuilder("labels\tkey\tname\tnote\n");
		int i = 0;
		while (tsv.length() < megabytes * 1_000_000) {
			tsv.append("Factor\t" + KEY_PREFIX)
				.append(i)
				.append("\tBulk factor ")
				.append(i++)
				.append('\t')
				.append(note)
				.append('\n');
		}
		return tsv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
