package org.driftgraph.kb;

import org.neo4j.driver.exceptions.Neo4jException;

/** An import that needs more memory than its transaction may use; nothing was written. */
public final class ImportTooLargeException extends RuntimeException {

	ImportTooLargeException(Neo4jException cause) {
		super("The import needs more memory than one transaction may use, so nothing was imported. Raise "
				+ "driftgraph.embedded.transaction-memory or the heap (-Xmx), or split the files: each part imports "
				+ "all or nothing on its own. Neo4j: " + cause.getMessage(), cause);
	}

}
