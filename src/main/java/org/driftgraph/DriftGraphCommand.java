package org.driftgraph;

import org.driftgraph.curation.ImportCommand;
import org.driftgraph.cypher.QueryCommand;
import org.driftgraph.export.ExportCommand;
import org.driftgraph.qa.QaCommand;
import org.driftgraph.synthetic.GenerateCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code java -jar driftgraph.jar <command>}: the commands, each next to its feature;
 * {@code cli.Cli} runs them.
 */
@Command(name = "driftgraph", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
		versionProvider = DriftGraphCommand.Version.class, usageHelpAutoWidth = true,
		subcommands = { ImportCommand.class, ExportCommand.class, QaCommand.class, QueryCommand.class,
				GenerateCommand.class },
		description = "A knowledge graph of CD4+ T-cell immune drift under biologics. Without a command the service "
				+ "starts; each command runs against the embedded database (or NEO4J_URI) without the web server.",
		footer = { "",
				"Spring properties pass as --name=value, e.g. --driftgraph.embedded.data-dir=DIR or "
						+ "--NEO4J_URI=bolt://host:7687 (or the NEO4J_URI variable) for an external Neo4j.",
				"Exit codes: 0 done, 1 failed, 2 wrong usage." })
public final class DriftGraphCommand {

	@Option(names = { "-v", "--verbose" }, scope = ScopeType.INHERIT,
			description = "Show the application's log (by default only warnings and import progress).")
	boolean verbose;

	/** The version in the executable jar's manifest. */
	static final class Version implements picocli.CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = DriftGraphCommand.class.getPackage().getImplementationVersion();
			return new String[] { "driftgraph " + (version != null ? version : "(development build)") };
		}

	}

}
