package org.driftgraph.reliability;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Bad input as jqwik arbitraries: what a careless or hostile client sends to an endpoint.
 * Each says in its name whether it is a value (to be encoded as a client would) or bytes
 * on the wire (sent as they are).
 */
final class FuzzInputs {

	/**
	 * Text that reaches Cypher: a value spliced into a query instead of passed as a
	 * parameter would show here.
	 */
	static final String[] CYPHER = { "' OR 1=1 //", "\" OR 1=1 //", "MATCH (n) DETACH DELETE n",
			"x'}) DETACH DELETE n //", "x\"}) MATCH (n) DETACH DELETE n //", "CREATE (:Drug {key: 'fuzz'})",
			"MERGE (n:Drug {key: 'fuzz'}) RETURN n", "') RETURN 1 UNION MATCH (n) SET n.key = 'x' //",
			"CALL db.labels()", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "$key", "`", "{key: 1}",
			"CALL { MATCH (n) DETACH DELETE n }", "secukinumab' DETACH DELETE n //" };

	/** Text that reaches the full-text (Lucene) index of the search. */
	static final String[] LUCENE = { "*:* AND (", "\"unterminated", "~", "*", "?", "name:*", "a AND OR b", "[a TO",
			"{a TO b]", "/regex[/", "\\", "^2", "+-&&||!(){}[]^\"~*:\\/", "field:(", "a~-1", "NOT", "AND",
			"*a*b?~0.5" };

	/**
	 * Numbers and other values of the wrong type or out of range, for every parameter.
	 */
	static final String[] WRONG_TYPES = { "-1", "0", "7", "1001", "2147483648", "-2147483649",
			"99999999999999999999999", "1e309", "NaN", "Infinity", "0x1F", "1.5", "true", "null", "[]", "{}", " 1",
			"1 ", "\u0661", "01", "+1", "" };

	/**
	 * Control characters, line breaks (header injection) and Unicode that breaks naive
	 * handling.
	 */
	static final String[] CONTROLS = { "\u0000", "a\u0000b", "\r\n", "\r\nSet-Cookie: fuzz=1", "\t", "\u001b[31m",
			"\u007f", "\b", "\ud83d\ude00", "\u202eevil", "\ufeffkey", "e\u0301", "\uff21\uff22", "\ud800", "\u2028" };

	/**
	 * Percent-encodings a decoder must refuse: broken escapes, invalid or overlong UTF-8,
	 * NUL, raw bytes.
	 */
	static final String[] BAD_ENCODINGS = { "%", "%z", "%zz", "%G0", "a%2", "%%", "%25%", "%C3%28", "%FF", "%FE%FF",
			"%E2%82", "%ED%A0%80", "%C0%AF", "%F8%88%80%80%80", "%00", "%0D%0A", "\u00ff", "\u0080", "a b", "\"", "<",
			">", "{", "}", "|", "\\", "^", "`", "[", "]", "%2F", "..%2F..%2F", ";jsessionid=x", "//", "%5C", "%u0041" };

	/** Content types for a body: none of them what the endpoint expects, or broken. */
	static final String[] CONTENT_TYPES = { "*/*", "application/*", "text/plain", "application/xml", "application/json",
			"application/json; charset=NO-SUCH-CHARSET", "application/x-www-form-urlencoded", "multipart/form-data",
			"multipart/form-data; boundary=", "multipart/mixed; boundary=fuzz", "text/tab-separated-values",
			"application/x-ndjson", "garbage", "application/", "/", ";", "text/plain; charset=\"" };

	/** JSON that does not parse or has the wrong shape. */
	static final String[] MALFORMED_JSON = { "", " ", "{", "}", "[", "{\"query\":", "{\"query\": \"RETURN 1\"", "null",
			"[]", "\"text\"", "1", "true", "{\"query\": 1}", "{\"query\": null}", "{\"query\": [\"RETURN 1\"]}",
			"{\"query\": {}}", "{\"parameters\": \"x\"}", "{\"query\": \"RETURN $a\", \"parameters\": [1]}",
			"{\"message\": null}", "{\"message\": []}", "{\"message\": {\"query_graph\": 1}}",
			"{\"query\": \"RETURN 1\",}", "{'query': 'RETURN 1'}", "{\"query\": \"\\ud800\"}", "{\"query\": \"\\x\"}",
			"{\"a\": 1e999999}", "{\"a\": NaN}", "\ufeff{\"query\": \"RETURN 1\"}",
			"{\"query\": \"RETURN 1\"} trailing", "[".repeat(5000), "{\"a\":".repeat(3000) };

	private FuzzInputs() {
	}

	/**
	 * @return a bad value for a text or number parameter, as a client would mean it
	 * (encode it before sending)
	 */
	static Arbitrary<String> values() {
		return Arbitraries.oneOf(Arbitraries.of(CYPHER), Arbitraries.of(LUCENE), Arbitraries.of(WRONG_TYPES),
				Arbitraries.of(CONTROLS), overlong(), Arbitraries.strings().all().ofMaxLength(40));
	}

	/**
	 * @return longer than any parameter may be: past the API's 200 characters, up to past
	 * Tomcat's 8 KB head
	 */
	static Arbitrary<String> overlong() {
		return Arbitraries.integers()
			.between(201, 20_000)
			.flatMap(length -> Arbitraries.strings().withCharRange('a', 'z').ofLength(length));
	}

	/**
	 * @return bytes on the wire for a URL: a bad percent-encoding or a character a target
	 * may not hold
	 */
	static Arbitrary<String> badEncodings() {
		return Arbitraries.of(BAD_ENCODINGS);
	}

	/**
	 * @return a content type that is not the expected one
	 */
	static Arbitrary<String> contentTypes() {
		return Arbitraries.of(CONTENT_TYPES);
	}

	/**
	 * @return a JSON body that is malformed, of the wrong shape, or not UTF-8
	 */
	static Arbitrary<byte[]> malformedJson() {
		return Arbitraries.oneOf(Arbitraries.of(MALFORMED_JSON).map(json -> json.getBytes(StandardCharsets.UTF_8)),
				Arbitraries.of(new byte[] { '{', '"', 'q', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}' },
						new byte[] { (byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0 }),
				Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
	}

	/**
	 * @return {@code value} as a JSON string literal, escaped as a well-behaved client
	 * would
	 */
	static String jsonString(String value) {
		StringBuilder json = new StringBuilder("\"");
		value.chars()
			.forEach(c -> json
				.append(c == '"' || c == '\\' ? "\\" + (char) c : c < 0x20 || Character.isSurrogate((char) c)
						? String.format("\\u%04x", c) : String.valueOf((char) c)));
		return json.append('"').toString();
	}

	/**
	 * @param boundary the boundary the request's content type announces
	 * @return a multipart body that is malformed (no or wrong boundaries, truncated,
	 * parts without names) or whose files are not valid import files
	 */
	static Arbitrary<byte[]> multipartBodies(String boundary) {
		String open = "--" + boundary + "\r\n";
		String close = "--" + boundary + "--\r\n";
		Arbitrary<String> fileNames = Arbitraries.oneOf(Arbitraries.of("nodes.tsv", "edges.tsv", "nodes.jsonl",
				"papers.tsv", "x.exe", "", "../../etc/passwd", "nodes.tsv\u0000.txt", "a\"b.tsv", "\u00ff.tsv"),
				values());
		Arbitrary<String> contents = Arbitraries.oneOf(values(),
				Arbitraries.of("key\tname\n", "id\tcategory\tname\nfuzz:1\tbiolink:Drug\t' OR 1=1 //\n",
						"{\"id\": \"fuzz:1\"\n", "\u0000\u0001\u0002", "subject\tpredicate\tobject\nx\ty\n"));
		Arbitrary<String> wellFramed = Arbitraries.of("filename", "name")
			.flatMap(attribute -> fileNames.flatMap(name -> contents
				.map(content -> open + "Content-Disposition: form-data; name=\"file\"; " + attribute + "=\"" + name
						+ "\"\r\nContent-Type: text/tab-separated-values\r\n\r\n" + content + "\r\n" + close)));
		Arbitrary<String> malformed = Arbitraries.of("", "\r\n", close, open, open + "\r\n",
				open + "Content-Disposition: form-data; name=\"file\"; filename=\"nodes.tsv\"\r\n\r\nkey\tname\n",
				open + "no headers at all\r\n" + close, open + "Content-Disposition: form-data\r\n\r\nx\r\n" + close,
				open + "Content-Disposition: form-data; name=\r\n\r\nx\r\n" + close,
				open + "Content-Disposition: form-data; name=\"dryRun\"\r\n\r\nfalse\r\n" + close,
				"--other\r\nContent-Disposition: form-data; name=\"f\"; filename=\"nodes.tsv\"\r\n\r\nx\r\n--other--\r\n",
				open + "Content-Disposition: form-data; name=\"f\"; filename=\"nodes.tsv\"\r\n"
						+ "X: y\r\n".repeat(2000) + "\r\nx\r\n" + close);
		return Arbitraries.oneOf(wellFramed, malformed).map(body -> body.getBytes(StandardCharsets.UTF_8));
	}

}
