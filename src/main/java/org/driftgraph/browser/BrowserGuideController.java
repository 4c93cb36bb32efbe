package org.driftgraph.browser;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /browser-guide/guide.html} and {@code /browser-guide/driftgraph.grass}, for
 * {@code :play} and {@code :style} in any Neo4j Browser. Open to every origin: Browser
 * runs on Neo4j's port, and both are public text.
 */
@RestController
@RequestMapping("/browser-guide")
@CrossOrigin(origins = "*")
class BrowserGuideController {

	private final BrowserGuide guide;

	BrowserGuideController(BrowserGuide guide) {
		this.guide = guide;
	}

	@GetMapping(path = "/guide.html", produces = MediaType.TEXT_HTML_VALUE)
	String guide() {
		return guide.html();
	}

	@GetMapping(path = "/driftgraph.grass", produces = MediaType.TEXT_PLAIN_VALUE)
	String style() {
		return guide.style();
	}

}
