package org.driftgraph.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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
 * Brings the database schema (constraints, indexes, full-text index) to the newest
 * version in {@code cypher/schema}. Created before anything that reads or writes graph
 * data; beans that need the schema take this one as a constructor argument. A store whose
 * recorded checksum of the scripts (a {@code :__DriftGraphSchema} node, written after
 * neo4j-migrations applied them all) equals the scripts' is left alone after one read.
 */
public final class SchemaMigrations {

	/** Narrow on purpose: scanning a whole fat jar for scripts costs seconds. */
	static final String LOCATION = "classpath:cypher/schema";

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final String version;

	/**
	 * Migrates the database behind the driver: the application's at start-up, or any
	 * other (a second test database).
	 */
	public SchemaMigrations(Driver driver) {
		this(driver, false);
	}

	/**
	 * @param soleUser whether this process is the only one that can reach the database
	 * (the embedded server, whose store it has locked): a migration lock left in it was
	 * left by a process that was killed while migrating, and is removed, instead of
	 * refusing every later start
	 */
	SchemaMigrations(Driver driver, boolean soleUser) {
		List<URL> scripts = scripts(List.of(LOCATION));
		String checksum = checksum(scripts);
		Recorded recorded = recorded(driver, soleUser);
		if (checksum.equals(recorded.checksum())) {
			// the store is at the scripts' version: nothing for neo4j-migrations to do,
			// and its own checks (a lock,
			// the applied chain, each statement compiled cold) took seconds of every
			// restart
			this.version = recorded.version();
			log.info("Database schema is at version {} (scripts unchanged since they were applied)", this.version);
			return;
		}
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withResourceScanner(locations -> scripts)
			.withMigrationClassesDiscoverer(context -> List.of())
			.withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
			.build();
		this.version = new Migrations(config, driver).apply().map(MigrationVersion::getValue).orElse("none");
		record(driver, checksum, this.version);
		log.info("Database schema is at version {}", this.version);
	}

	/**
	 * What the store says about its schema: the checksum of the scripts last applied in
	 * full, and their version.
	 */
	private record Recorded(String checksum, String version) {
	}

	/**
	 * One statement: the schema the store records and, for the embedded server (see the
	 * constructor), the removal of a migration lock that a process killed while migrating
	 * left behind.
	 */
	private static Recorded recorded(Driver driver, boolean soleUser) {
		try (Session session = driver.session()) {
			if (!soleUser) {
				return session.executeRead(tx -> recorded(tx.run(
						"OPTIONAL MATCH (s:__DriftGraphSchema {id: 1}) RETURN s.checksum AS checksum, s.version AS version")
					.single()));
			}
			return session.executeWrite(tx -> {
				var row = tx.run("""
						OPTIONAL MATCH (lock:__Neo4jMigrationsLock) DELETE lock
						WITH count(lock) AS removed
						OPTIONAL MATCH (s:__DriftGraphSchema {id: 1})
						RETURN removed, s.checksum AS checksum, s.version AS version""").single();
				if (row.get("removed").asLong() > 0) {
					log.warn("Removed the schema migration lock that a killed process left behind");
				}
				return recorded(row);
			});
		}
	}

	private static Recorded recorded(org.neo4j.driver.Record row) {
		return new Recorded(row.get("checksum").asString(null), row.get("version").asString(null));
	}

	/**
	 * Records that the scripts with this checksum are applied, for the next start to find
	 * in one read.
	 */
	private static void record(Driver driver, String checksum, String version) {
		try (Session session = driver.session()) {
			session.executeWrite(
					tx -> tx
						.run("MERGE (s:__DriftGraphSchema {id: 1}) SET s.checksum = $checksum, "
								+ "s.version = $version, s.applied_at = datetime()",
								Map.of("checksum", checksum, "version", version))
						.consume());
		}
	}

	/**
	 * SHA-256 of the scripts' names and content, in the order neo4j-migrations applies
	 * them.
	 */
	static String checksum(List<URL> scripts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			List<URL> sorted = new ArrayList<>(scripts);
			sorted.sort(Comparator.comparing(SchemaMigrations::name));
			for (URL script : sorted) {
				digest.update(name(script).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				try (InputStream in = script.openStream()) {
					digest.update(in.readAllBytes());
				}
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the schema migrations", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String name(URL script) {
		String path = script.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/**
	 * The scripts in the given classpath locations, listed by Spring's resolver:
	 * neo4j-migrations' own scan walks the whole classpath (about 3 s of every start,
	 * measured by the benchmark), and there are no Java migrations to find.
	 */
	private static List<URL> scripts(List<String> locations) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, URL> scripts = new LinkedHashMap<>();
		try {
			for (String location : locations) {
				String path = location.replaceFirst("^classpath:", "").replaceFirst("^/", "");
				for (Resource script : resolver.getResources("classpath*:" + path + "/*.cypher")) {
					// the first on the classpath wins, as for any class path resource
					// (tests see classes twice)
					scripts.putIfAbsent(script.getFilename(), script.getURL());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the schema migrations in " + locations, ex);
		}
		return List.copyOf(scripts.values());
	}

	/**
	 * @return the newest schema version applied
	 */
	public String version() {
		return version;
	}

}
