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
import org.neo4j.driver.Session;
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
		this(driver, false);
	}

	/**
	 * @param soleUser whether this process is the only one that can reach the database (the embedded server, whose
	 * store it has locked): a migration lock left in it was left by a process that was killed while migrating, and is
	 * removed, instead of refusing every later start
	 */
	SchemaMigrations(Driver driver, boolean soleUser) {
		if (soleUser) {
			releaseStaleLock(driver);
		}
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withResourceScanner(SchemaMigrations::scripts)
			.withMigrationClassesDiscoverer(context -> List.of())
			.withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
			.build();
		this.version = new Migrations(config, driver).apply().map(MigrationVersion::getValue).orElse("none");
		log.info("Database schema is at version {}", this.version);
	}

	private static void releaseStaleLock(Driver driver) {
		try (Session session = driver.session()) {
			int removed = session.executeWrite(tx -> tx.run("MATCH (lock:__Neo4jMigrationsLock) DELETE lock")
				.consume()
				.counters()
				.nodesDeleted());
			if (removed > 0) {
				log.warn("Removed the schema migration lock that a killed process left behind; migrating again");
			}
		}
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
