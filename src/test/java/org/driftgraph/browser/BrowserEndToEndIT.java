package org.driftgraph.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.driftgraph.config.EmbeddedNeo4j;
import org.driftgraph.support.AppProcess;
import org.driftgraph.support.Chromium;
import org.driftgraph.support.CypherExample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.driftgraph.support.TestNeo4j.freePort;

/**
 * What a newcomer gets from the executable jar: Neo4j Browser, in a real (headless)
 * Chromium, connects once the user enters the generated password as the README says,
 * opens the DriftGraph guide and styles the graph; a query run from the guide draws as
 * many nodes as its example file promises, in the style sheet's colours. Needs Debian's
 * chromium and chromium-driver ({@code .ci/run} installs them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserEndToEndIT {

	static final Path SCREENSHOT = Path.of("target", "browser-e2e", "guide-and-drug-profile.png");

	static final String EXAMPLE = "browser_drug_profile";

	private static final Logger log = LoggerFactory.getLogger(BrowserEndToEndIT.class);

	final int httpPort = freePort();

	final int neo4jHttpPort = freePort();

	Path dataDir;

	AppProcess app;

	WebDriver chromium;

	@BeforeAll
	void startTheJarAndChromium() throws IOException {
		dataDir = Files.createTempDirectory("driftgraph-e2e");
		app = AppProcess.startExecutableJar(dataDir, httpPort, freePort(), neo4jHttpPort).awaitHealthy();
		chromium = Chromium.headless();
	}

	@AfterAll
	void stop() {
		if (chromium != null) {
			chromium.quit();
		}
		if (app != null) {
			app.close();
		}
	}

	@Test
	@Order(1)
	void the_executable_jar_serves_neo4j_browser() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + neo4jHttpPort + "/browser/")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<title>Neo4j Browser</title>");
	}

	@Test
	@Order(2)
	void browser_connects_opens_the_guide_and_draws_a_guide_query_in_the_style_sheets_colours() throws Exception {
		long started = System.nanoTime();
		chromium.get(advertisedBrowserAddress());
		WebDriverWait wait = new WebDriverWait(chromium, Duration.ofSeconds(60));
		logIn(wait);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='carousel']")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='styleResetButton']")));
		log.info("Neo4j Browser connected and showed the guide and style {} ms after opening",
				(System.nanoTime() - started) / 1_000_000);

		openGuideSlideOf(BrowserGuide.query(EXAMPLE), wait).click();
		chromium.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
		By drawnNode = By.cssSelector("svg.neod3viz g.node");
		int expected = CypherExample.named(EXAMPLE).expectedNodes().orElseThrow();
		wait.withMessage("a graph of " + expected + " nodes")
			.until(browser -> browser.findElements(drawnNode).size() >= expected);

		assertThat(chromium.findElements(drawnNode)).hasSize(expected);
		Map<String, String> colours = BrowserGuideTests.nodeColours(new BrowserGuide().style());
		assertThat(chromium.findElements(By.cssSelector("svg.neod3viz g.node circle.b-outline")))
			.extracting(circle -> circle.getAttribute("fill").toUpperCase())
			.containsExactlyInAnyOrderElementsOf(List.of("Drug", "DrugClass", "Molecule", "Th17", "Th2", "Th22")
				.stream()
				.map(label -> colours.get(label).toUpperCase())
				.toList());
		Files.createDirectories(SCREENSHOT.getParent());
		Files.write(SCREENSHOT, ((TakesScreenshot) chromium).getScreenshotAs(OutputType.BYTES));
		assertThat(SCREENSHOT).isNotEmptyFile();
	}

	/**
	 * What the README tells a user to do: log in as neo4j with the password kept in the
	 * data directory.
	 */
	void logIn(WebDriverWait wait) throws IOException {
		WebElement password = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='password']")));
		WebElement username = chromium.findElement(By.cssSelector("[data-testid='username']"));
		username.clear();
		username.sendKeys("neo4j");
		password.sendKeys(Files.readString(EmbeddedNeo4j.passwordFile(dataDir)).strip());
		chromium.findElement(By.cssSelector("[data-testid='connect']")).click();
	}

	/** The address {@code /actuator/info} gives for Neo4j Browser. */
	String advertisedBrowserAddress() throws Exception {
		String info = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/info")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher browser = Pattern.compile("\"browser\":\"([^\"]+)\"").matcher(info);
		assertThat(browser.find()).as(info).isTrue();
		return browser.group(1);
	}

	/**
	 * Pages through the guide until the slide whose runnable query is this one, and
	 * returns that query.
	 */
	WebElement openGuideSlideOf(String query, WebDriverWait wait) {
		String wanted = normalized(query);
		By runnable = By.cssSelector("[data-testid='carousel'] pre.runnable");
		wait.ignoring(StaleElementReferenceException.class);
		for (int slide = 0; slide < 20; slide++) {
			WebElement shown = wait.until(ExpectedConditions.elementToBeClickable(runnable));
			String text = normalized(shown.getText());
			if (text.equals(wanted)) {
				return shown;
			}
			chromium.findElement(By.cssSelector("[data-testid='carousel'] [data-testid='nextSlide']")).click();
			wait.until(browser -> !normalized(browser.findElement(runnable).getText()).equals(text));
		}
		throw new AssertionError("No slide of the guide runs " + query);
	}

	static String normalized(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
