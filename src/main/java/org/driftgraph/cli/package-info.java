/**
 * The command line of the same artifact: {@code import}, {@code export}, {@code qa}, {@code query} (and {@code --help}), run against
 * the embedded database or {@code NEO4J_URI} without starting the web server.
 */
package org.driftgraph.cli;
