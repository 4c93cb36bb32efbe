/**
 * How a command of {@code java -jar driftgraph.jar <command>} runs:
 * {@link org.driftgraph.cli.Cli} parses the arguments with picocli, passes
 * {@code --name=value} Spring properties on, starts the application without its web
 * server for a {@link org.driftgraph.cli.DatabaseCommand}, and turns failures into one
 * line and an exit code. The commands themselves live next to their features
 * ({@code curation.ImportCommand}, {@code export.ExportCommand}, {@code qa.QaCommand},
 * {@code cypher.QueryCommand}, {@code synthetic.GenerateCommand}), listed by
 * {@link org.driftgraph.DriftGraphCommand}.
 */
package org.driftgraph.cli;
