package org.driftgraph.cli;

import org.springframework.beans.factory.BeanFactory;

/**
 * A command that needs the database: {@link Cli} starts the application without its web
 * server (and without Neo4j's HTTP server and Browser) and hands the command its beans.
 */
public interface DatabaseCommand {

	/**
	 * @param beans the application's beans
	 * @return the exit code: 0 for success, 1 when the command did not do what was asked
	 * @throws Exception a failure; {@link Cli} prints input and I/O failures as one line
	 * and exits 1
	 */
	int run(BeanFactory beans) throws Exception;

}
