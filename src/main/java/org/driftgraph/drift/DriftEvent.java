package org.driftgraph.drift;

import java.util.Comparator;
import java.util.List;

import org.driftgraph.literature.Paper;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A documented drift pattern (DE01...): a culprit shifts the CD4+ balance in a treated
 * disease into a reaction.
 */
@Node("DriftEvent")
public final class DriftEvent {

	@Id
	private final String key;

	private final String name;

	private final String incidence;

	private final String onset;

	private final String confidence;

	private final Boolean contested;

	private final String notes;

	@Relationship("REPORTED_IN")
	private final List<Paper> papers;

	@Version
	private final Long version;

	@PersistenceCreator
	DriftEvent(String key, String name, String incidence, String onset, String confidence, Boolean contested,
			String notes, List<Paper> papers, Long version) {
		this.key = key;
		this.name = name;
		this.incidence = incidence;
		this.onset = onset;
		this.confidence = confidence;
		this.contested = contested;
		this.notes = notes;
		this.papers = papers;
		this.version = version;
	}

	/**
	 * @return the stable key from the curated domain sheet
	 */
	public String key() {
		return key;
	}

	/**
	 * @return the display name
	 */
	public String name() {
		return name;
	}

	/**
	 * @return the incidence as the source reports it
	 */
	public String incidence() {
		return incidence;
	}

	/**
	 * @return the onset as the source reports it
	 */
	public String onset() {
		return onset;
	}

	/**
	 * @return high, medium or low
	 */
	public String confidence() {
		return confidence;
	}

	/**
	 * @return whether the claim is contested or low-confidence
	 */
	public Boolean contested() {
		return contested;
	}

	/**
	 * @return curation notes
	 */
	public String notes() {
		return notes;
	}

	/**
	 * @return the event as answers show it, its papers by key
	 */
	public DriftEventSummary summary() {
		return new DriftEventSummary(key, name, incidence, onset, confidence, Boolean.TRUE.equals(contested),
				papers.stream().sorted(Comparator.comparing(Paper::key)).map(Paper::citation).toList());
	}

}
