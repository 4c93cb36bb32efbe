package org.driftgraph.literature;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence side of the Java API: a paper with the claims and drift events citing it.
 */
@Service
@Transactional(readOnly = true)
public class Literature {

	private final PaperRepository papers;

	Literature(PaperRepository papers) {
		this.papers = papers;
	}

	/**
	 * @return the paper with this key ({@code ref26}, {@code miao2025}) and what cites it
	 */
	public Optional<PaperView> byKey(String key) {
		return papers.findById(key).map(this::view);
	}

	/**
	 * @return the paper with this DOI and what cites it
	 */
	public Optional<PaperView> byDoi(String doi) {
		return papers.findByDoi(doi).map(this::view);
	}

	/**
	 * @return the paper with this PubMed id and what cites it
	 */
	public Optional<PaperView> byPmid(String pmid) {
		return papers.findByPmid(pmid).map(this::view);
	}

	private PaperView view(Paper paper) {
		return new PaperView(paper.citation(), papers.claimsCiting(paper.key()),
				papers.driftEventsReportedIn(paper.key()));
	}

}
