package org.driftgraph.qa;

import java.io.PrintWriter;

import org.driftgraph.cli.DatabaseCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.springframework.beans.factory.BeanFactory;

/** {@code driftgraph qa}: the quality checks of {@code /actuator/qa}, one line each. */
@Command(name = "qa", description = "Run the quality checks; exit 1 when one fails.")
public final class QaCommand implements DatabaseCommand {

	@Spec
	CommandSpec spec;

	@Override
	public int run(BeanFactory beans) {
		QualityReport report = beans.getBean(QualityChecks.class).run();
		PrintWriter out = spec.commandLine().getOut();
		for (QualityReport.Check check : report.checks()) {
			out.printf("%-36s %s%n", check.name(), check.passed() ? "ok" : check.violations() + " violation(s)");
			check.examples().forEach(example -> out.println("    " + example));
		}
		if (!report.passed()) {
			spec.commandLine()
				.getErr()
				.println("driftgraph qa: " + report.checks().stream().filter(c -> !c.passed()).count()
						+ " check(s) failed.");
			return 1;
		}
		return 0;
	}

}
