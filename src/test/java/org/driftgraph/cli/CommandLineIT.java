package org.driftgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.driftgraph.DriftGraphApplication;
import org.driftgraph.DriftGraphCommand;
import org.driftgraph.support.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line against the shared test database: output, exit codes, one-line
 * reasons.
 */
class CommandLineIT {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		TestNeo4j.Connection db = TestNeo4j.connection();
		all.addAll(List.of("--NEO4J_URI=" + db.uri(), "--NEO4J_USERNAME=" + db.username(),
				"--NEO4J_PASSWORD=" + db.password()));
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(DriftGraphApplication.class, new DriftGraphCommand(), all.toArray(String[]::new));
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@AfterEach
	void removeImports() {
		try (Driver driver = TestNeo4j.connection().driver(); var session = driver.session()) {
			session.run("MATCH (n:Drug) WHERE n.key IN ['brodalumab', 'CHEBI_44185'] DETACH DELETE n").consume();
			session.run("MATCH (c:Change) DELETE c").consume();
		}
	}

	@Test
	void generate_writes_a_synthetic_graph_without_a_database_and_refuses_a_bad_size(@TempDir Path dir) {
		assertThat(run("generate", "--relationships", "500", "--seed", "3", dir.toString())).as(err()).isZero();
		assertThat(out()).startsWith("generated ").contains("(seed 3) in " + dir);
		assertThat(dir.resolve("edges.tsv")).isNotEmptyFile();
		assertThat(run("generate", "--relationships", "lots", dir.toString())).isEqualTo(2);
		assertThat(err())
			.contains("driftgraph generate: Invalid value for option '--relationships': 'lots' is not a long");
	}

	@Test
	void help_lists_every_command_and_each_command_has_its_own() {
		assertThat(new Cli(new PrintStream(out), new PrintStream(err)).run(DriftGraphApplication.class,
				new DriftGraphCommand(), "--help"))
			.isZero();
		assertThat(out()).contains("import", "export", "qa", "query", "generate", "--verbose");
		assertThat(Cli.isCommand(new DriftGraphCommand(), new String[] { "--server.port=9" })).isFalse();
		assertThat(Cli.isCommand(new DriftGraphCommand(), new String[] { "qa" })).isTrue();
		assertThat(run("query", "--help")).isZero();
		assertThat(out()).contains("Usage: driftgraph query", "--param=NAME=VALUE", "CYPHER");
	}

	@Test
	void import_dry_run_reports_and_a_real_import_writes_once() {
		assertThat(run("import", "--dry-run", "docs/import-example")).isZero();
		assertThat(out()).contains("dry run of [edges.tsv, nodes.tsv]: nodes 1 created", "relationships 1 created");
		assertThat(run("import", "docs/import-example")).isZero();
		assertThat(out()).contains("imported [edges.tsv, nodes.tsv]: nodes 1 created").contains("(change ");
		assertThat(run("import", "docs/import-example")).isZero();
		assertThat(out()).contains("nodes 0 created, 0 updated, 1 unchanged").contains("(nothing to write)");
	}

	@Test
	void kgx_files_import_with_the_format_given_or_detected() {
		assertThat(run("import", "--dry-run", "--format", "kgx", "docs/import-example-kgx")).isZero();
		assertThat(out()).contains("dry run of [edges.tsv, nodes.tsv]: nodes 1 created", "relationships 2 created");
		out.reset();
		assertThat(run("import", "--dry-run", "--format=kgx-tsv", "docs/import-example-kgx")).as(err()).isZero();
		assertThat(out()).contains("dry run of [edges.tsv, nodes.tsv]: nodes 1 created", "relationships 2 created");
		assertThat(run("import", "docs/import-example-kgx")).isZero();
		assertThat(out()).contains("imported [edges.tsv, nodes.tsv]: nodes 1 created").contains("(change ");
		assertThat(run("import", "--format", "graphml", "docs/import-example-kgx")).isEqualTo(2);
		assertThat(err())
			.contains("driftgraph import: unknown format 'graphml'; use one of [curated, kgx, kgx-tsv, kgx-jsonl]")
			.contains("Usage: driftgraph import");
		assertThat(run("import", "--format", "curated", "docs/import-example-kgx")).isEqualTo(1);
		assertThat(err()).contains("nodes.tsv:1 [labels]: missing required column");
	}

	@Test
	void a_bad_file_lists_its_problems_and_exits_1(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("edges.tsv"),
				"id\tsubject\tpredicate\tobject\trefs\tconfidence\n" + "X1\tnobody\tINHIBITS\til17a\tref26\thigh\n");
		assertThat(run("import", dir.toString())).isEqualTo(1);
		assertThat(err()).contains("edges.tsv:2 [subject]: unknown key 'nobody'")
			.contains("driftgraph import: 1 problem(s) in the files; nothing was imported.");
		assertThat(run("import", dir.resolve("missing").toString())).isEqualTo(1);
		assertThat(err()).contains("driftgraph import: no file or directory");
	}

	@Test
	void qa_passes_on_the_curated_graph() {
		assertThat(run("qa")).isZero();
		assertThat(out()).contains("claims_without_paper", "ok");
	}

	@Test
	void query_prints_rows_and_refuses_writes_with_one_line() {
		assertThat(run("query", "MATCH (d:Drug {key: $k})-[:MEMBER_OF]->(c) RETURN d.name AS drug, c.key AS class",
				"--param", "k=secukinumab"))
			.isZero();
		assertThat(out()).contains("drug\tclass", "Secukinumab\tclass_il17i");
		out.reset();
		assertThat(run("query", "MATCH (d:Drug {key: $k}) RETURN d.name AS drug", "--param=k=dupilumab")).isZero();
		assertThat(out()).isEqualTo("drug\nDupilumab\n");
		assertThat(run("query", "CREATE (n:Drug {key: 'evil'})")).isEqualTo(1);
		assertThat(err().strip()).startsWith("driftgraph query: The query would change the graph").doesNotContain("\n");
		assertThat(run("query")).isEqualTo(2);
		assertThat(err()).contains("driftgraph query: Missing required parameter: 'CYPHER'");
	}

	@Test
	void export_writes_the_format_files_into_a_directory(@TempDir Path dir) throws Exception {
		assertThat(run("export", "--format", "cyjs", dir.resolve("out").toString())).isZero();
		assertThat(out()).contains("exported [driftgraph.cyjs.json] to");
		assertThat(Files.readString(dir.resolve("out/driftgraph.cyjs.json"))).contains("\"elements\"", "secukinumab");
		assertThat(run("export", "--format", "pdf", dir.toString())).isEqualTo(2);
		assertThat(err()).contains("unknown format 'pdf'; use one of [kgx-tsv, kgx-jsonl, graphml, cyjs, curated]");
		assertThat(run("export", "--format=kgx", dir.resolve("kgx").toString())).isZero();
		assertThat(dir.resolve("kgx/nodes.tsv")).content().contains("secukinumab");
	}

}
