package org.driftgraph.tcell;

import java.util.List;

import org.driftgraph.schema.Concept;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A cell type; the CD4+ T-helper subsets (Th1, Th2, Th17, Th22, Treg, Tfh) also carry the label {@code ThSubset}.
 */
@Node("CellType")
public final class CellType extends Concept {

	@PersistenceCreator
	CellType(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, String note, Long version) {
		super(key, name, synonyms, curie, curieVerified, note, version);
	}

}
