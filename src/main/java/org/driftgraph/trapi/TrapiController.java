package org.driftgraph.trapi;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ObjectNode;

/**
 * TRAPI 1.5.0 at {@code /trapi/1.5}: {@code POST /query},
 * {@code GET /meta_knowledge_graph}, {@code GET /sri_testing_data} and its own OpenAPI
 * description at {@code /openapi.json}. Refused queries answer a TRAPI {@code Response}
 * too (its {@code status} the reason, its log the detail), not a problem detail, because
 * TRAPI clients read that shape.
 */
@RestController
@RequestMapping(path = "/trapi/1.5", produces = MediaType.APPLICATION_JSON_VALUE)
class TrapiController {

	private final TrapiService trapi;

	private final MetaKnowledgeGraphs metaKnowledgeGraphs;

	TrapiController(TrapiService trapi, MetaKnowledgeGraphs metaKnowledgeGraphs) {
		this.trapi = trapi;
		this.metaKnowledgeGraphs = metaKnowledgeGraphs;
	}

	@PostMapping("/query")
	ResponseEntity<Trapi.Response> query(@RequestBody(required = false) String body) {
		TrapiLog log = new TrapiLog();
		try {
			return ResponseEntity.ok(trapi.query(body == null ? "" : body, log));
		}
		catch (TrapiException ex) {
			return ResponseEntity.status(ex.httpStatus()).body(trapi.failure(ex, log));
		}
	}

	@GetMapping("/meta_knowledge_graph")
	Trapi.MetaKnowledgeGraph metaKnowledgeGraph() {
		return metaKnowledgeGraphs.metaKnowledgeGraph();
	}

	@GetMapping("/sri_testing_data")
	Map<String, Object> sriTestingData() {
		return metaKnowledgeGraphs.sriTestingData();
	}

	/**
	 * The TRAPI 1.5.0 document with DriftGraph's details in place of the template's
	 * placeholders.
	 */
	@GetMapping("/openapi.json")
	ObjectNode openApi() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/trapi/1.5").toUriString();
		ObjectNode document = TrapiSchema.document();
		ObjectNode info = document.putObject("info");
		info.put("title", "DriftGraph");
		info.put("version", Trapi.VERSION);
		info.put("description", "CD4+ T-cell immune drift under biologics: which drugs shift which T-helper subset, "
				+ "through which cytokines, into which paradoxical reaction, each claim with its papers, curated from "
				+ "Miao et al. (2025) and its references.");
		info.putObject("license")
			.put("name", "Apache 2.0")
			.put("url", "http://www.apache.org/licenses/LICENSE-2.0.html");
		ObjectNode translator = info.putObject("x-translator");
		translator.put("component", "KP");
		translator.putArray("team").add("DriftGraph");
		translator.put("biolink-version", trapi.biolink().version());
		translator.put("infores", org.driftgraph.schema.Biolink.KNOWLEDGE_SOURCE);
		ObjectNode x = info.putObject("x-trapi");
		x.put("version", Trapi.VERSION);
		x.put("multicuriequery", false);
		x.put("asyncquery", false);
		x.put("pathfinderquery", false);
		x.putArray("operations").add("lookup");
		x.put("batch_size_limit", trapi.properties().batchSizeLimit());
		x.put("test_data_location", base + "/sri_testing_data");
		ObjectNode server = document.putArray("servers").addObject();
		server.put("url", base);
		server.put("description", "DriftGraph TRAPI " + Trapi.VERSION);
		server.put("x-maturity", trapi.properties().maturity());
		document.withArray("tags").forEach(tag -> ((ObjectNode) tag).remove("externalDocs"));
		return document;
	}

}
