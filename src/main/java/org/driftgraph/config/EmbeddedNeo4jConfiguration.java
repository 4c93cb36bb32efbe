package org.driftgraph.config;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Neo4j unless {@code NEO4J_URI} names an external one. The driver
 * bean depends on it, so the database is up before the first connection and goes down
 * only after the driver has closed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	static final String BEAN_NAME = "embeddedNeo4j";

	/**
	 * The server that {@link EmbeddedNeo4jEarlyStart} began starting while the context
	 * was built, else one started here.
	 */
	@Bean(name = BEAN_NAME, destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(DriftGraphProperties properties, Environment environment,
			ObjectProvider<EmbeddedNeo4jEarlyStart.Starting> early) {
		EmbeddedNeo4jEarlyStart.Starting starting = early.getIfAvailable();
		EmbeddedNeo4j started = starting != null ? starting.claim(properties.embedded()) : null;
		if (started != null) {
			return started;
		}
		ensureWebPortFree(environment);
		return EmbeddedNeo4j.start(properties.embedded());
	}

	/**
	 * The driver connects with the embedded server's own address and credentials (the
	 * password may be generated).
	 */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnection(EmbeddedNeo4j embeddedNeo4j) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return URI.create(embeddedNeo4j.boltUri());
			}

			@Override
			public AuthToken getAuthToken() {
				return embeddedNeo4j.authToken();
			}

		};
	}

	@Bean
	static BeanFactoryPostProcessor driverDependsOnEmbeddedNeo4j() {
		return beanFactory -> {
			for (String name : beanFactory.getBeanNamesForType(Driver.class, true, false)) {
				beanFactory.getBeanDefinition(name).setDependsOn(BEAN_NAME);
			}
		};
	}

	/**
	 * With {@code driftgraph.embedded.read-only}, read-only begins once every singleton
	 * exists, the curated release loaded at start-up among them, and before the web
	 * server answers.
	 */
	@Bean
	SmartInitializingSingleton readOnlyOnceLoaded(EmbeddedNeo4j embeddedNeo4j, DriftGraphProperties properties) {
		return () -> {
			if (properties.embedded().readOnly()) {
				embeddedNeo4j.makeReadOnly();
			}
		};
	}

	/**
	 * The web server binds its port only at the very end of start-up; checking first
	 * spares the user a database start that is bound to fail.
	 */
	static void ensureWebPortFree(Environment environment) {
		int port = environment.getProperty("server.port", Integer.class, 8080);
		if (port > 0) {
			EmbeddedNeo4j.ensurePortFree(environment.getProperty("server.address", "0.0.0.0"), port, "server.port",
					"HTTP");
		}
	}

}
