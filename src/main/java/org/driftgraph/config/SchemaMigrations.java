package org.driftgraph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Brings the database schema (constraints, indexes, full-text index) to the newest version in {@code cypher/schema}.
 * Created before anything that reads or writes graph data; beans that need the schema take this one as a
 * constructor argument.
 */
public final class SchemaMigrations {

	/** Narrow on purpose: scanning a whole fat jar for scripts costs seconds. */
	static final String LOCATION = "classpath:cypher/schema";

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final String version;

	/** Migrates the database behind the driver: the application's at start-up, or any other (a second test database). */
	public SchemaMigrations(Driver driver) {
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withResourceScanner(SchemaMigrations::scripts)
			.withMigrationClassesDiscoverer(context -> List.of())
			.withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
			.build();
		this.version = new Migrations(config, driver).apply().map(MigrationVersion::getValue).orElse("none");
		log.info("Database schema is at version {}", this.version);
	}

	/**
	 * The scripts in the given classpath locations, listed by Spring's resolver: neo4j-migrations' own scan walks the
	 * whole classpath (about 3 s of every start, measured by the benchmark), and there are no Java migrations to find.
	 */
	private static List<URL> scripts(List<String> locations) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, URL> scripts = new LinkedHashMap<>();
		try {
			for (String location : locations) {
				String path = location.replaceFirst("^classpath:", "").replaceFirst("^/", "");
				for (Resource script : resolver.getResources("classpath*:" + path + "/*.cypher")) {
					// the first on the classpath wins, as for any class path resource (tests see classes twice)
					scripts.putIfAbsent(script.getFilename(), script.getURL());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the schema migrations in " + locations, ex);
		}
		return List.copyOf(scripts.values());
	}

	/** @return the newest schema version applied */
	public String version() {
		return version;
	}

}
