package org.driftgraph.literature;

import java.util.List;

/** What a paper supports: the claims and drift events that cite it. */
interface PaperRepositoryExt {

	List<PaperView.Claim> claimsCiting(String paperKey);

	List<String> driftEventsReportedIn(String paperKey);

}
