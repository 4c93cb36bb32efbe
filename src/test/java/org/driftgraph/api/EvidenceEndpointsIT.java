package org.driftgraph.api;

import java.util.List;
import java.util.Map;

import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Papers with what they support, and drift events by reaction and culprit, through the
 * repositories.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceEndpointsIT extends IntegrationTest {

	@LocalServerPort
	int port;

	RestClient http() {
		return RestClient.create("http://127.0.0.1:" + port);
	}

	Map<String, Object> getMap(String uri, Object... variables) {
		return http().get().uri(uri, variables).retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).body(new ParameterizedTypeReference<Map<String, Object>>() {
		});
	}

	List<Map<String, Object>> getList(String uri, Object... variables) {
		return http().get()
			.uri(uri, variables)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			});
	}

	@Test
	void a_paper_lists_the_claims_and_drift_events_it_supports() {
		Map<String, Object> megna = getMap("/api/papers/ref26");
		assertThat(megna).containsEntry("firstAuthor", "Megna M").containsEntry("doi", "10.1111/ced.15052");
		assertThat(megna.get("claims").toString()).contains("R102", "R150", "abstractChecked=true");
		assertThat(megna.get("driftEvents")).isEqualTo(List.of("DE04", "DE17"));
		assertThat(getMap("/api/papers?doi={doi}", "10.1111/jdv.16246")).containsEntry("key", "ref11");
		assertThat(getMap("/api/papers?pmid=39516105")).containsEntry("key", "ref14");
		assertThat(getMap("/api/papers/ref99")).containsEntry("status", 404);
		assertThat(getMap("/api/papers?doi=x&pmid=1")).containsEntry("status", 400).containsEntry("parameter", "doi");
	}

	@Test
	void drift_events_filter_by_reaction_and_culprit() {
		assertThat(getList("/api/drift-events")).hasSize(17);
		assertThat(getList("/api/drift-events?reaction=psoriasiform_eruption")).extracting(e -> e.get("key"))
			.containsExactly("DE03", "DE10", "DE11", "DE12", "DE15");
		assertThat(getList("/api/drift-events?culprit=secukinumab")).extracting(e -> e.get("key"))
			.containsExactly("DE04", "DE05", "DE06", "DE07");
		assertThat(getList("/api/drift-events?culprit=ixekizumab&reaction=eczematous_eruption"))
			.extracting(e -> e.get("key"))
			.containsExactly("DE04", "DE17");
		Map<String, Object> de04 = getList("/api/drift-events?reaction=eczematous_eruption").stream()
			.filter(e -> e.get("key").equals("DE04"))
			.findFirst()
			.orElseThrow();
		assertThat((String) de04.get("incidence")).contains("5.8% (27/468)");
	}

	@Test
	void a_listed_drift_event_carries_its_papers_as_an_explanation_shows_it() {
		Map<String, Object> listed = getList("/api/drift-events?culprit=secukinumab").stream()
			.filter(e -> e.get("key").equals("DE04"))
			.findFirst()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> papers = (List<Map<String, Object>>) listed.get("papers");
		assertThat(papers).extracting(p -> p.get("key")).contains("miao2025", "ref11", "ref26");
		assertThat(papers).filteredOn(p -> p.get("key").equals("ref26"))
			.singleElement()
			.satisfies(p -> assertThat(p).containsEntry("doi", "10.1111/ced.15052").containsEntry("pmid", "34862807"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> explained = (List<Map<String, Object>>) getMap(
				"/api/pathways/explain?from=secukinumab&to=eczematous_eruption")
			.get("driftEvents");
		assertThat(explained).filteredOn(e -> e.get("key").equals("DE04")).containsExactly(listed);
	}

}
