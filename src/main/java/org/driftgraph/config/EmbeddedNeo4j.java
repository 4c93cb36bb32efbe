package org.driftgraph.config;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j server running inside this JVM, reachable only over Bolt (and Neo4j's HTTP
 * server), exactly like an external one. The application never touches the embedded Java
 * API for data: it connects with the driver.
 * <p>
 * Safe by default for a server that runs next to a web browser: clients authenticate
 * (with a password generated per installation unless one is configured), and Neo4j's HTTP
 * server serves Neo4j Browser only, so a web page from another origin can neither write
 * over HTTP nor, without the password, over Bolt or its WebSocket.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService dbms;

	private final DriftGraphProperties.Embedded settings;

	private final String password;

	private final Duration startupTime;

	private EmbeddedNeo4j(DatabaseManagementService dbms, DriftGraphProperties.Embedded settings, String password,
			Duration startupTime) {
		this.dbms = dbms;
		this.settings = settings;
		this.password = password;
		this.startupTime = startupTime;
	}

	/**
	 * Starts the server or fails with an {@link EmbeddedNeo4jException} that says what to
	 * change. On failure nothing is left running.
	 * @param settings where and how to run
	 * @return the running server
	 */
	public static EmbeddedNeo4j start(DriftGraphProperties.Embedded settings) {
		checkExposure(settings);
		ensurePortFree(settings.listenAddress(), settings.boltPort(), "driftgraph.embedded.bolt-port", "Bolt");
		if (settings.httpEnabled()) {
			ensurePortFree(settings.listenAddress(), settings.httpPort(), "driftgraph.embedded.http-port",
					"Neo4j HTTP");
		}
		Path home = settings.dataDir().toAbsolutePath().normalize();
		String password = settings.authEnabled() ? password(settings, home) : null;
		long started = System.nanoTime();
		DatabaseManagementService dbms;
		try {
			dbms = new DatabaseManagementServiceBuilder(home).setConfig(config(settings)).build();
		}
		catch (RuntimeException ex) {
			if (causedBy(ex, FileLockException.class)) {
				throw new EmbeddedNeo4jException(
						"The data directory " + home
								+ " is in use by another DriftGraph or Neo4j process (its store lock is held).",
						"Stop the other process, or point this one at another directory with driftgraph.embedded.data-dir.",
						ex);
			}
			throw new EmbeddedNeo4jException(
					"The embedded Neo4j database in " + home + " failed to start: " + rootMessage(ex),
					"See " + home.resolve("logs/debug.log") + " for Neo4j's own account.", ex);
		}
		EmbeddedNeo4j server = new EmbeddedNeo4j(dbms, settings, password,
				Duration.ofNanos(System.nanoTime() - started));
		try {
			if (settings.authEnabled()) {
				server.setPassword();
			}
		}
		catch (RuntimeException ex) {
			server.close();
			throw new EmbeddedNeo4jException("Could not set the password of user '" + settings.username()
					+ "' on the embedded Neo4j: " + rootMessage(ex), "Check driftgraph.embedded.password.", ex);
		}
		log.info("Embedded Neo4j {} started in {} ms at {} (data: {}); Neo4j Browser: {} ({})", neo4jVersion(),
				server.startupTime.toMillis(), server.boltUri(), home,
				settings.httpEnabled() ? server.browserUri() : "off", server.loginHint(home));
		return server;
	}

	/**
	 * @return how clients authenticate: the configured or generated password, or none
	 * when authentication is off
	 */
	public AuthToken authToken() {
		return password == null ? AuthTokens.none() : AuthTokens.basic(settings.username(), password);
	}

	/**
	 * The file in which an installation without a configured password keeps the one
	 * generated for it on first start.
	 * @param dataDir the data directory
	 * @return where the password is (or will be)
	 */
	public static Path passwordFile(Path dataDir) {
		return dataDir.toAbsolutePath().normalize().resolve("neo4j-password");
	}

	private String loginHint(Path home) {
		if (password == null) {
			return "no authentication";
		}
		return "user " + settings.username() + ", password "
				+ (isConfigured(settings.password()) ? "as configured" : "in " + passwordFile(home));
	}

	/**
	 * @return the Bolt URI that drivers, Neo4j Browser and cypher-shell use
	 */
	public String boltUri() {
		return "bolt://" + settings.listenAddress() + ":" + settings.boltPort();
	}

	/**
	 * @return the address of Neo4j's own HTTP server
	 */
	public String httpUri() {
		return "http://" + settings.listenAddress() + ":" + settings.httpPort();
	}

	/**
	 * @return the address of Neo4j Browser; with authentication it asks for the password,
	 * without it connects at once (Browser otherwise shows its connection form, even to a
	 * database that needs no credentials)
	 */
	public String browserUri() {
		return httpUri() + "/browser/" + (settings.authEnabled() ? "" : "?preselectAuthMethod=NO_AUTH");
	}

	/**
	 * @return the version of the embedded Neo4j
	 */
	public static String neo4jVersion() {
		return org.neo4j.kernel.internal.Version.getNeo4jVersion();
	}

	/**
	 * Makes the database refuse every write from now on, from any client, with Neo4j's
	 * own error. The setting lives in memory only: the next start is writable until this
	 * is called again.
	 */
	public void makeReadOnly() {
		GraphDatabaseAPI database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		database.getDependencyResolver()
			.resolveDependency(Config.class)
			.setDynamic(GraphDatabaseSettings.read_only_databases, Set.of(database.databaseName()), "DriftGraph");
		log.info("Embedded Neo4j database '{}' is read-only from now on", database.databaseName());
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		dbms.shutdown();
		log.info("Embedded Neo4j shut down in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private void setPassword() {
		// Administration of the embedded server itself (not graph data), so it uses the
		// system database directly.
		try {
			dbms.database("system")
				.executeTransactionally(
						"ALTER USER " + quoted(settings.username()) + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (RuntimeException ex) {
			// Every restart after the first sets the same password again; Neo4j refuses
			// that, and it is what we want.
			if (!rootMessage(ex).contains("Old password and new password cannot be the same")) {
				throw ex;
			}
		}
	}

	/**
	 * The configured password, else the one generated on the first start and kept,
	 * readable by its owner only.
	 */
	private static String password(DriftGraphProperties.Embedded settings, Path home) {
		if (isConfigured(settings.password())) {
			return settings.password();
		}
		Path file = passwordFile(home);
		try {
			Files.createDirectories(home);
			if (!Files.exists(file)) {
				byte[] secret = new byte[18];
				new SecureRandom().nextBytes(secret);
				writeOwnerOnly(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
			}
			String stored = Files.readString(file).strip();
			if (stored.length() < 8) {
				throw new EmbeddedNeo4jException("The password in " + file + " is shorter than 8 characters.",
						"Delete the file to have a new one generated, or set driftgraph.embedded.password.", null);
			}
			return stored;
		}
		catch (java.io.IOException ex) {
			throw new EmbeddedNeo4jException(
					"Cannot keep the generated Neo4j password in " + file + ": " + ex.getMessage(),
					"Make " + home + " writable, or set driftgraph.embedded.password.", ex);
		}
	}

	private static void writeOwnerOnly(Path file, String content) throws java.io.IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file); // not a POSIX file system: the directory's own
									// permissions protect it
		}
		catch (FileAlreadyExistsException ex) {
			return; // another process created it a moment ago; read theirs
		}
		Files.writeString(file, content + System.lineSeparator());
	}

	private static boolean isConfigured(String password) {
		return password != null && !password.isBlank();
	}

	/**
	 * The configured memory per transaction, else 15% of the heap: the user queries
	 * allowed at once (2 by default) then take at most 30% of it, well below the 70% at
	 * which Neo4j refuses every transaction, so hostile queries fail alone while
	 * everything else keeps its memory.
	 */
	static long transactionMemory(DriftGraphProperties.Embedded s) {
		return s.transactionMemory() != null ? s.transactionMemory().toBytes()
				: Runtime.getRuntime().maxMemory() * 15 / 100;
	}

	private static Map<Setting<?>, Object> config(DriftGraphProperties.Embedded s) {
		Map<Setting<?>, Object> config = new HashMap<>(Map.of(BoltConnector.enabled, true, BoltConnector.listen_address,
				new SocketAddress(s.listenAddress(), s.boltPort()),
				// Neo4j Browser connects to the Bolt port that the HTTP server announces,
				// by default 7687 whatever the
				// listen port; the host stays the one the browser used.
				BoltConnector.advertised_address, new SocketAddress(s.boltPort()), HttpConnector.enabled,
				s.httpEnabled(), HttpConnector.listen_address, new SocketAddress(s.listenAddress(), s.httpPort()),
				GraphDatabaseSettings.auth_enabled, s.authEnabled(), GraphDatabaseSettings.pagecache_memory,
				s.pageCache().toBytes(),
				// Without these, closing the Bolt server waits ~10 s for idle connections
				// and worker threads.
				BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1),
				BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1)));
		// Browser would otherwise send usage data to Neo4j, and say so in a banner.
		config.put(ServerSettings.allow_telemetry, false);
		// Neo4j's HTTP server serves Browser and nothing else unless asked for the query
		// API: no transactional or
		// query endpoints for a web page of another origin to write through, and no CORS
		// header that invites one to try.
		config.put(ServerSettings.http_enabled_modules,
				s.httpQueryApi()
						? EnumSet.of(ConfigurableServerModules.BROWSER, ConfigurableServerModules.QUERY_API_ENDPOINTS)
						: EnumSet.of(ConfigurableServerModules.BROWSER));
		config.put(ServerSettings.http_access_control_allow_origin, "http://" + s.listenAddress() + ":" + s.httpPort());
		// A hostile query fails when it needs more than this, instead of taking the heap
		// of the whole service.
		config.put(GraphDatabaseSettings.memory_transaction_max_size, transactionMemory(s));
		String guide = s.browserGuideUrl();
		if (guide != null && !guide.isBlank()) {
			config.put(ServerSettings.browser_post_connect_cmd,
					"style " + guide + "/driftgraph.grass; play " + guide + "/guide.html");
			// Neo4j Browser fetches guides and style sheets only from these hosts;
			// Neo4j's default is the first two.
			config.put(ServerSettings.browser_remote_content_hostname_whitelist, String.join(",",
					new LinkedHashSet<>(List.of("guides.neo4j.com", "localhost", URI.create(guide).getHost()))));
		}
		return config;
	}

	/**
	 * Beyond loopback, an open database is a database anyone on the network can change.
	 */
	private static void checkExposure(DriftGraphProperties.Embedded s) {
		if (isLoopback(s.listenAddress())) {
			return;
		}
		if (!s.authEnabled()) {
			throw new EmbeddedNeo4jException(
					"driftgraph.embedded.listen-address is " + s.listenAddress()
							+ ", which is not loopback, but authentication is off.",
					"Set driftgraph.embedded.auth-enabled=true and driftgraph.embedded.password (8+ characters), "
							+ "or listen on 127.0.0.1.",
					null);
		}
		if (isConfigured(s.password()) && s.password().length() < 8) {
			throw new EmbeddedNeo4jException(
					"driftgraph.embedded.listen-address is " + s.listenAddress()
							+ ", which is not loopback, and the configured password is shorter than 8 characters.",
					"Set a longer driftgraph.embedded.password (or DRIFTGRAPH_PASSWORD), or none to have one generated.",
					null);
		}
	}

	private static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			throw new EmbeddedNeo4jException("driftgraph.embedded.listen-address '" + host + "' is not a known host.",
					"Use an IP address such as 127.0.0.1.", ex);
		}
	}

	static void ensurePortFree(String host, int port, String property, String what) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(host, port));
		}
		catch (BindException ex) {
			throw new EmbeddedNeo4jException(what + " port " + port + " on " + host + " is already in use.",
					"Stop the process that holds it, or set " + property + " to a free port.", ex);
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jException(
					"Cannot listen on " + host + ":" + port + " for " + what + ": " + ex.getMessage(),
					"Check " + property + " and driftgraph.embedded.listen-address.", ex);
		}
	}

	private static String quoted(String identifier) {
		return "`" + identifier.replace("`", "``") + "`";
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
