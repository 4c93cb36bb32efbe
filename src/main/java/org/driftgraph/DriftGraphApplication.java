package org.driftgraph;

import org.driftgraph.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * DriftGraph: a knowledge graph of CD4+ T-cell immune drift under biologics. Starts the
 * service, or runs one command of {@link DriftGraphCommand} when the first argument names
 * one.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DriftGraphApplication {

	public static void main(String[] args) {
		DriftGraphCommand commands = new DriftGraphCommand();
		if (Cli.isCommand(commands, args)) {
			System.exit(new Cli(System.out, System.err).run(DriftGraphApplication.class, commands, args));
		}
		try {
			SpringApplication.run(DriftGraphApplication.class, args);
		}
		catch (Throwable ex) {
			// Spring Boot has already printed the failure analysis and closed the context
			// (which shuts the embedded
			// database down). Exit explicitly so that no stray non-daemon thread keeps a
			// half-started JVM alive.
			System.exit(1);
		}
	}

}
