package org.driftgraph.config;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded Neo4j on a thread of its own as soon as the application's
 * environment is complete (before the context is refreshed), so that the database starts
 * while Spring builds its context instead of after most of it. The {@code embeddedNeo4j}
 * bean then takes the running server ({@link Starting#claim}); a context that fails or
 * closes without taking it shuts it down. Start-up profile and figures:
 * docs/performance.md, "Start-up".
 * <p>
 * Registered in {@code META-INF/spring.factories}, so every start of the application does
 * it: the service, the command line and the benchmark. With {@code NEO4J_URI} set (an
 * external database, the integration tests) it does nothing, and a context without the
 * listener starts the server in the bean, as before.
 */
public final class EmbeddedNeo4jEarlyStart implements SmartApplicationListener {

	/**
	 * The name under which the server being started waits in the context for the
	 * {@code embeddedNeo4j} bean.
	 */
	static final String BEAN_NAME = "embeddedNeo4jEarlyStart";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jEarlyStart.class);

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationPreparedEvent prepared) {
			start(prepared.getApplicationContext());
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
			release(failed.getApplicationContext());
		}
		else if (event instanceof ContextClosedEvent closed
				&& closed.getApplicationContext() instanceof ConfigurableApplicationContext context) {
			release(context);
		}
	}

	private static void start(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("NEO4J_URI"))
				|| !environment.getProperty("driftgraph.embedded.early-start", Boolean.class, true)
				|| context.getBeanFactory().containsSingleton(BEAN_NAME)) {
			return;
		}
		DriftGraphProperties.Embedded settings;
		try {
			settings = Binder.get(environment)
				.bind("driftgraph.embedded", DriftGraphProperties.Embedded.class)
				.orElse(null);
		}
		catch (RuntimeException ex) {
			// the bean's own binding reports what is wrong; the server then starts there,
			// as without this listener
			log.debug("Not starting the embedded Neo4j early: its settings do not bind", ex);
			return;
		}
		if (settings == null) {
			return;
		}
		CompletableFuture<EmbeddedNeo4j> server = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				EmbeddedNeo4jConfiguration.ensureWebPortFree(environment);
				server.complete(EmbeddedNeo4j.start(settings));
			}
			catch (Throwable ex) {
				server.completeExceptionally(ex);
			}
		}, "embedded-neo4j-start");
		thread.setDaemon(true);
		log.info("Starting the embedded Neo4j in {} while the application context is built", settings.dataDir());
		thread.start();
		context.getBeanFactory().registerSingleton(BEAN_NAME, new Starting(settings, server));
	}

	private static void release(ConfigurableApplicationContext context) {
		if (context.getBeanFactory().containsSingleton(BEAN_NAME)
				&& context.getBeanFactory().getSingleton(BEAN_NAME) instanceof Starting starting) {
			starting.closeUnlessClaimed();
		}
	}

	/**
	 * The embedded server on its way up, until the {@code embeddedNeo4j} bean claims it.
	 */
	static final class Starting {

		private final DriftGraphProperties.Embedded settings;

		private final CompletableFuture<EmbeddedNeo4j> server;

		private boolean claimed;

		private boolean released;

		Starting(DriftGraphProperties.Embedded settings, CompletableFuture<EmbeddedNeo4j> server) {
			this.settings = settings;
			this.server = server;
		}

		/**
		 * Waits for the server started early and hands it over; whoever claims it closes
		 * it.
		 * @param wanted the settings of the bean that claims it
		 * @return the running server, or null when it was started with other settings (it
		 * is then shut down, and the caller starts its own)
		 * @throws RuntimeException what the start failed with
		 * ({@link EmbeddedNeo4jException} for a known cause)
		 */
		synchronized EmbeddedNeo4j claim(DriftGraphProperties.Embedded wanted) {
			if (claimed || released) {
				return null;
			}
			EmbeddedNeo4j started = await();
			if (!settings.equals(wanted)) {
				log.warn("The embedded Neo4j started early has other settings than the context's; starting it again");
				released = true;
				started.close();
				return null;
			}
			claimed = true;
			return started;
		}

		synchronized void closeUnlessClaimed() {
			if (claimed || released) {
				return;
			}
			released = true;
			try {
				server.join().close();
			}
			catch (CompletionException ex) {
				// it did not start, so there is nothing to shut down; the context reports
				// its own failure
			}
		}

		private EmbeddedNeo4j await() {
			try {
				return server.join();
			}
			catch (CompletionException ex) {
				released = true;
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
		}

	}

}
