package org.driftgraph.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Everything one set of input files says, as nodes and relationships, plus a checksum of
 * the files' content: what a format's reader gives the import.
 *
 * @param nodes the nodes, in file order
 * @param edges the relationships, in file order
 * @param checksum see {@link #checksum}
 */
public record Dataset(List<NodeRecord> nodes, List<EdgeRecord> edges, String checksum) {

	/**
	 * @param files file name → content
	 * @param order the names of a format's files, in the order they are hashed; others
	 * are left out
	 * @return SHA-256 over each present file's name and content
	 */
	public static String checksum(Map<String, byte[]> files, List<String> order) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String name : order) {
				if (files.containsKey(name)) {
					digest.update(name.getBytes(StandardCharsets.UTF_8));
					digest.update(files.get(name));
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JRE", ex);
		}
	}

}
