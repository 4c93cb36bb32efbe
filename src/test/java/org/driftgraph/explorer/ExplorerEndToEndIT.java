package org.driftgraph.explorer;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.driftgraph.support.Chromium;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Explorer in a real (headless) Chromium, as a researcher uses it: types a brand name
 * into the search, picks the drug with the keyboard, goes from its page to the explain
 * page of one of its reactions, reads the mechanisms, opens an evidence panel and
 * downloads every export. Screenshots of the home, entity and explain pages go to
 * {@code target/explorer-e2e/}. Needs Debian's chromium and chromium-driver
 * ({@code .ci/run} installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerEndToEndIT extends IntegrationTest {

	static final Path SCREENSHOTS = Path.of("target", "explorer-e2e");

	/**
	 * Fetches a URL (a server path or a data: URI) in the page, as a download would, and
	 * hands back the bytes.
	 */
	static final String DOWNLOAD = """
			const done = arguments[arguments.length - 1];
			fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
			  const bytes = new Uint8Array(buffer);
			  let text = '';
			  for (let i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
			  done(btoa(text));
			}).catch(e => done('failed: ' + e));""";

	@LocalServerPort
	int port;

	WebDriver chromium;

	WebDriverWait wait;

	@BeforeAll
	void startChromium() throws Exception {
		chromium = Chromium.headless();
		chromium.manage().window().setSize(new Dimension(1280, 1000));
		chromium.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		wait = new WebDriverWait(chromium, Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	void stopChromium() {
		if (chromium != null) {
			chromium.quit();
		}
	}

	@Test
	void from_a_brand_name_to_the_cited_mechanism_and_its_downloads() throws Exception {
		chromium.get("http://127.0.0.1:" + port + "/");
		screenshot("home.png");

		WebElement search = chromium.findElement(By.cssSelector("[data-testid='search-input']"));
		search.sendKeys("Cosentyx");
		By suggestion = By.cssSelector("[data-testid='search-suggestion']");
		wait.until(ExpectedConditions.visibilityOfElementLocated(suggestion));
		WebElement first = chromium.findElements(suggestion).get(0);
		assertThat(first.getAttribute("data-key")).isEqualTo("secukinumab");
		assertThat(first.getText()).contains("drug", "Secukinumab", "Cosentyx");
		search.sendKeys(Keys.ARROW_DOWN);
		assertThat(search.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
		search.sendKeys(Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("/entity/secukinumab"));
		awaitDiagram();
		assertThat(chromium.findElement(By.tagName("h1")).getText()).startsWith("Secukinumab");
		assertFitsTheWindow();
		screenshot("entity-secukinumab.png");

		chromium.findElements(By.cssSelector("[data-testid='induced-reaction']"))
			.stream()
			.filter(block -> !block.findElements(By.cssSelector("h3 .chip[data-key='eczematous_eruption']")).isEmpty())
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector("a.explain-link"))
			.click();
		wait.until(ExpectedConditions.urlContains("/explain?from=secukinumab&to=eczematous_eruption"));
		WebElement diagram = awaitDiagram();

		assertThat(chromium.findElement(By.cssSelector("[data-testid='summary']")).getText()).contains("Secukinumab",
				"Th2 cell");
		List<WebElement> mechanisms = chromium.findElements(By.cssSelector("[data-testid='mechanism']"));
		assertThat(mechanisms)
			.anySatisfy(m -> assertThat(m.findElements(By.cssSelector("[data-testid='hop'] .chip[data-key='th2']")))
				.isNotEmpty());
		List<WebElement> citedHops = chromium
			.findElements(By.cssSelector("[data-testid='hop'][data-general-knowledge='false']"));
		assertThat(citedHops).isNotEmpty();
		for (WebElement hop : citedHops) {
			assertThat(panel(hop).findElements(By.cssSelector("[data-testid='paper-link']")))
				.extracting(a -> a.getAttribute("href"))
				.anyMatch(href -> href.startsWith("https://doi.org/10."));
		}
		assertThat(diagram.findElements(By.cssSelector("[data-key]"))).extracting(e -> e.getAttribute("data-key"))
			.contains("secukinumab", "th2", "eczematous_eruption");
		assertThat(diagram.findElements(By.cssSelector(".cy canvas"))).isNotEmpty();

		WebElement hop = chromium.findElement(By.cssSelector("[data-testid='hop']"));
		WebElement panel = panel(hop);
		WebElement claims = panel.findElement(By.cssSelector(".claims"));
		assertThat(claims.isDisplayed()).isFalse();
		hop.findElement(By.cssSelector("a.hop-link")).click();
		wait.until(ExpectedConditions.visibilityOf(claims));
		assertThat(panel.getText()).contains("confidence", "doi:");

		String csv = download("export-csv");
		assertThat(csv.lines().findFirst()).contains(ExplainExports.CSV_HEADER);
		assertThat(csv.lines())
			.anyMatch(row -> row.contains(",secukinumab,SHIFTS_TOWARD,th2,") && row.contains("doi:10."));
		String bibtex = download("export-bibtex");
		List<String> entries = List.of(bibtex.split("@article\\{")).subList(1, bibtex.split("@article\\{").length);
		assertThat(entries).hasSizeGreaterThan(1).allSatisfy(e -> assertThat(e).contains("title = {"));
		assertThat(entries).filteredOn(e -> e.startsWith("ref26,"))
			.singleElement()
			.asString()
			.contains("doi = {10.1111/ced.15052}");
		assertThat(entries).filteredOn(e -> e.contains("doi = {10.")).hasSizeGreaterThan(entries.size() / 2);
		assertThat(download("export-ris")).contains("TY  - JOUR", "DO  - 10.");
		assertThat(download("export-svg")).startsWith("<svg")
			.contains(">Secukinumab<", ">Th2 cell<", ">Paradoxical eczematous eruption<");
		BufferedImage png = ImageIO.read(new ByteArrayInputStream(downloadBytes("export-png")));
		assertThat(png).isNotNull();
		assertThat(png.getWidth()).isGreaterThan(200);

		chromium.manage().window().setSize(new Dimension(1280, 2400));
		((JavascriptExecutor) chromium).executeScript("window.scrollTo(0, 0);"); // the
																					// page
																					// from
																					// its
																					// top
																					// (docs/)
		screenshot("explain.png");
		Files.write(SCREENSHOTS.resolve("explain-diagram.png"), awaitDiagram().getScreenshotAs(OutputType.BYTES));
		chromium.manage().window().setSize(new Dimension(390, 844));
		chromium.navigate().refresh();
		awaitDiagram();
		assertFitsTheWindow();
		screenshot("explain-phone.png");
	}

	/** No horizontal scrolling: the page fits the window's width. */
	void assertFitsTheWindow() {
		JavascriptExecutor page = (JavascriptExecutor) chromium;
		assertThat((Long) page.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
			.as("wider than the window: %s", page.executeScript("""
					return [...document.querySelectorAll('body *')]
					  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
					  .map(e => e.tagName + '.' + e.className).slice(0, 10).join(', ');"""))
			.isLessThanOrEqualTo(0L);
	}

	/** The evidence panel a hop of a mechanism links to. */
	WebElement panel(WebElement hop) {
		WebElement panel = chromium.findElement(By.id(hop.getAttribute("data-evidence")));
		assertThat(panel.getAttribute("data-testid")).isEqualTo("evidence-panel");
		return panel;
	}

	WebElement awaitDiagram() {
		return wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("[data-testid='diagram'][data-drawn='true']")));
	}

	String download(String testid) {
		return new String(downloadBytes(testid), StandardCharsets.UTF_8);
	}

	byte[] downloadBytes(String testid) {
		WebElement link = chromium.findElement(By.cssSelector("[data-testid='" + testid + "']"));
		assertThat(link.getAttribute("download")).as(testid).isNotNull();
		String result = (String) ((JavascriptExecutor) chromium).executeAsyncScript(DOWNLOAD,
				link.getAttribute("href"));
		assertThat(result).as(testid).doesNotStartWith("failed");
		return Base64.getDecoder().decode(result);
	}

	void screenshot(String name) throws Exception {
		Path file = SCREENSHOTS.resolve(name);
		Files.write(file, ((TakesScreenshot) chromium).getScreenshotAs(OutputType.BYTES));
		assertThat(file).isNotEmptyFile();
	}

}
