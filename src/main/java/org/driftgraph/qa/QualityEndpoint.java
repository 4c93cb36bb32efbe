package org.driftgraph.qa;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code GET /actuator/qa}: the quality report of the graph as it is now. */
@Component
@Endpoint(id = "qa")
class QualityEndpoint {

	private final QualityChecks checks;

	QualityEndpoint(QualityChecks checks) {
		this.checks = checks;
	}

	@ReadOperation
	QualityReport report() {
		return checks.run();
	}

}
