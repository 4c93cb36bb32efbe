package org.driftgraph.config;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
			.withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
			.build();
		this.version = new Migrations(config, driver).apply().map(MigrationVersion::getValue).orElse("none");
		log.info("Database schema is at version {}", this.version);
	}

	/** @return the newest schema version applied */
	public String version() {
		return version;
	}

}
