package org.driftgraph.cypher;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.driftgraph.cli.DatabaseCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.BeanFactory;

/**
 * {@code driftgraph query}: read-only Cypher with the limits of {@code /api/cypher}, as
 * tab-separated rows.
 */
@Command(name = "query", description = "Run a read-only Cypher query and print tab-separated rows.")
public final class QueryCommand implements DatabaseCommand {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "CYPHER", description = "The query (quote it).")
	String query;

	@Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the query, as text.")
	Map<String, String> parameters = new LinkedHashMap<>();

	@Override
	public int run(BeanFactory beans) {
		ReadOnlyCypher.Answer answer;
		try {
			answer = beans.getBean(ReadOnlyCypher.class).run(query, new LinkedHashMap<>(parameters));
		}
		catch (ReadOnlyCypher.TimeoutException ex) {
			spec.commandLine().getErr().println("driftgraph query: " + ex.getMessage());
			return 1;
		}
		PrintWriter out = spec.commandLine().getOut();
		JsonMapper json = JsonMapper.builder().build();
		out.println(String.join("\t", answer.columns()));
		for (Map<String, Object> row : answer.rows()) {
			List<String> cells = new ArrayList<>();
			for (Object value : row.values()) {
				cells.add(value instanceof String s ? s : json.writeValueAsString(value));
			}
			out.println(String.join("\t", cells));
		}
		if (answer.truncated()) {
			spec.commandLine()
				.getErr()
				.println("driftgraph query: the result was cut at driftgraph.cypher.max-rows rows.");
		}
		return 0;
	}

}
