package org.driftgraph.literature;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;

final class PaperRepositoryExtImpl implements PaperRepositoryExt {

	private final Neo4jClient client;

	PaperRepositoryExtImpl(Neo4jClient client) {
		this.client = client;
	}

	@Override
	public List<PaperView.Claim> claimsCiting(String paperKey) {
		return List.copyOf(client
			.query("""
					MATCH (s)-[r]->(o) WHERE $paper IN r.refs
					RETURN r.id AS id, s.key AS subject, type(r) AS type, o.key AS object, r.confidence AS confidence,
					       coalesce(r.contested, false) AS contested, $paper IN coalesce(r.checked_refs, []) AS abstractChecked
					ORDER BY id, subject, object""")
			.bind(paperKey)
			.to("paper")
			.fetchAs(PaperView.Claim.class)
			.mappedBy((types, r) -> new PaperView.Claim(r.get("id").asString(), r.get("subject").asString(),
					r.get("type").asString(), r.get("object").asString(), r.get("confidence").asString(null),
					r.get("contested").asBoolean(), r.get("abstractChecked").asBoolean()))
			.all());
	}

	@Override
	public List<String> driftEventsReportedIn(String paperKey) {
		return List.copyOf(client.query("""
				MATCH (e:DriftEvent)-[:REPORTED_IN]->(:Paper {key: $paper}) RETURN e.key AS key ORDER BY key""")
			.bind(paperKey)
			.to("paper")
			.fetchAs(String.class)
			.all());
	}

}
