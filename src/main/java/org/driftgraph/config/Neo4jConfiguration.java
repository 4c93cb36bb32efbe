package org.driftgraph.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationSeverity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What every mode shares: the schema, and what {@code /actuator/info} says about the
 * database.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

	/**
	 * The embedded database has no other user, so a lock a crashed start left behind in
	 * it is stale.
	 */
	@Bean
	SchemaMigrations schemaMigrations(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded) {
		return new SchemaMigrations(driver, embedded.getIfAvailable() != null);
	}

	/**
	 * Notifications from WARNING up only (deprecations, unknown labels and properties).
	 * Below that are hints such as "this query builds a cartesian product", which
	 * explain's path query (two index seeks, on purpose) drew on every answer, and Spring
	 * Data Neo4j formatted with the whole query text on the request thread each time.
	 */
	@Bean
	ConfigBuilderCustomizer warningNotificationsOnly() {
		return config -> config.withMinimumNotificationSeverity(NotificationSeverity.WARNING);
	}

	@Bean
	InfoContributor neo4jInfo(Driver driver, Environment environment, ObjectProvider<EmbeddedNeo4j> embedded,
			SchemaMigrations schema) {
		return builder -> {
			Map<String, Object> neo4j = new LinkedHashMap<>();
			neo4j.put("mode", embedded.getIfAvailable() != null ? "embedded" : "external");
			neo4j.put("uri", environment.getProperty("spring.neo4j.uri"));
			embedded.ifAvailable(server -> neo4j.put("browser", server.browserUri()));
			try (var session = driver.session()) {
				var component = session
					.run("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS " + "version, edition")
					.single();
				neo4j.put("version", component.get("version").asString());
				neo4j.put("edition", component.get("edition").asString());
			}
			neo4j.put("schemaVersion", schema.version());
			builder.withDetail("neo4j", neo4j);
		};
	}

}
