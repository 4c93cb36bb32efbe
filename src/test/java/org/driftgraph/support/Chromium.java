package org.driftgraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless Chromium that the browser tests (Neo4j Browser, the Explorer) drive. */
public final class Chromium {

	private Chromium() {
	}

	/**
	 * Debian's Chromium and ChromeDriver, named explicitly so that Selenium Manager never
	 * tries a download; the flags keep Chromium off the network and out of any earlier
	 * profile.
	 */
	public static WebDriver headless() throws IOException {
		for (String executable : List.of("/usr/bin/chromium", "/usr/bin/chromedriver")) {
			assertThat(Path.of(executable)).as("Debian's chromium and chromium-driver (.ci/run installs them)")
				.isExecutable();
		}
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--window-size=1600,1000",
					"--user-data-dir=" + Files.createTempDirectory("driftgraph-chromium").toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
