package org.driftgraph.common;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A database that refuses for the moment (its transaction memory pool full while hostile
 * queries run, as the reliability harness saw) is answered 503 with Retry-After, not 500:
 * the request was fine and will work again.
 */
class ProblemDetailsAdviceTests {

	@RestController
	static class Failing {

		@GetMapping("/pool-full")
		String poolFull() {
			throw new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
					"dbms.memory.transaction.total.max threshold reached");
		}

		@GetMapping("/pool-full-through-spring-data")
		String poolFullThroughSpringData() {
			throw new TransientDataAccessResourceException("dbms.memory.transaction.total.max threshold reached");
		}

		@GetMapping("/bug")
		String bug() {
			throw new IllegalStateException("a bug");
		}

	}

	final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
		.setControllerAdvice(new ProblemDetailsAdvice())
		.build();

	@Test
	void a_transient_refusal_of_the_database_is_503_with_retry_after() throws Exception {
		for (String path : new String[] { "/pool-full", "/pool-full-through-spring-data" }) {
			mvc.perform(get(path))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "1"))
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.type").value("urn:driftgraph:problem:database-busy"))
				.andExpect(jsonPath("$.detail")
					.value("The database cannot take this request at the moment; try again " + "in a second."));
		}
	}

	@Test
	void anything_else_unexpected_stays_500_without_details() throws Exception {
		mvc.perform(get("/bug"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.type").value("urn:driftgraph:problem:internal-error"))
			.andExpect(jsonPath("$.detail").value("The request failed on the server; the log has the details."));
	}

}
