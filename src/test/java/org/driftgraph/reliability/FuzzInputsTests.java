package org.driftgraph.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.driftgraph.common.Parameters;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzzer's own pieces: what EndpointFuzzIT sends must be what it means to send. */
class FuzzInputsTests {

	final JsonMapper json = JsonMapper.builder().build();

	/**
	 * A value in a well-formed body must arrive as the value, or the body case tests the
	 * escaping instead.
	 */
	@Property
	void a_json_string_reads_back_as_the_value(@ForAll @StringLength(max = 100) String value) {
		Assume.that(value.chars().noneMatch(c -> Character.isSurrogate((char) c)));
		assertThat(json.readValue(FuzzInputs.jsonString(value), String.class)).isEqualTo(value);
	}

	@Property(tries = 50)
	void an_overlong_value_is_longer_than_any_parameter_may_be(@ForAll("overlong") String value) {
		assertThat(value).hasSizeGreaterThan(Parameters.MAX_LENGTH);
	}

	@Provide
	Arbitrary<String> overlong() {
		return FuzzInputs.overlong();
	}

	@Property(tries = 50)
	void a_multipart_body_is_generated_for_the_announced_boundary_or_deliberately_not(
			@ForAll("multipart") byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text.isBlank() || text.contains("--fuzz") || text.contains("--other")).as(text).isTrue();
	}

	@Provide
	Arbitrary<byte[]> multipart() {
		return FuzzInputs.multipartBodies("fuzz");
	}

	@Example
	void a_raw_request_goes_out_byte_for_byte_with_its_length() {
		byte[] request = RawHttp.request("GET", "/x?q=%zz\u00ff", Map.of("X", "1"),
				"{".getBytes(StandardCharsets.UTF_8));
		assertThat(new String(request, StandardCharsets.ISO_8859_1)).isEqualTo(
				"GET /x?q=%zz\u00ff HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX: 1\r\nContent-Length: 1\r\n\r\n{");
		assertThat(request[12]).isEqualTo((byte) 0xFF);
	}

}
