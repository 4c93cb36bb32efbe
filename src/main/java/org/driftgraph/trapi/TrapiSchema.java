package org.driftgraph.trapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.DefaultDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The TRAPI 1.5.0 OpenAPI document ({@code trapi/TranslatorReasonerAPI-1.5.0.yaml}, the
 * release as published) and its JSON schemas, validated with OpenAPI 3.0's dialect
 * ({@code nullable}). The workflow schemas it references by URL (JSON Schema draft 7) are
 * shipped beside it and mapped to their copies, so validation never goes to the network.
 */
final class TrapiSchema {

	private static final String DOCUMENT = "trapi/TranslatorReasonerAPI-1.5.0.yaml";

	private static final String STANDARDS = "https://standards.ncats.io/";

	/**
	 * OpenAPI 3.0's dialect, told that its annotations {@code example} and
	 * {@code x-body-name} validate nothing.
	 */
	private static final Dialect OPENAPI_30 = Dialect.builder(Dialects.getOpenApi30())
		.keyword(new NonValidationKeyword("example"))
		.keyword(new NonValidationKeyword("x-body-name"))
		.build();

	private final SchemaRegistry registry = SchemaRegistry.withDialect(OPENAPI_30,
			builder -> builder.dialectRegistry(new DefaultDialectRegistry(OPENAPI_30))
				.schemaIdResolvers(ids -> ids
					.mapPrefix(STANDARDS + "workflow/1.3.5/schema", "classpath:trapi/workflow-1.3.5.schema.json")
					.mapPrefix(STANDARDS + "operation/1.3.5/schema", "classpath:trapi/operation-1.3.5.schema.json")));

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	/**
	 * @param instance a JSON document
	 * @param component the name of a schema in {@code components.schemas}: {@code Query},
	 * {@code Response}, ...
	 * @return what is wrong with the document, empty when it is valid
	 */
	List<String> problems(JsonNode instance, String component) {
		Schema schema = schemas.computeIfAbsent(component,
				c -> registry.getSchema(SchemaLocation.of("classpath:" + DOCUMENT + "#/components/schemas/" + c)));
		return schema.validate(instance).stream().map(Object::toString).toList();
	}

	/**
	 * @return a fresh copy of the OpenAPI document, to be filled in with this server's
	 * details
	 */
	static ObjectNode document() {
		try (InputStream in = TrapiSchema.class.getResourceAsStream("/" + DOCUMENT)) {
			return (ObjectNode) new YAMLMapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
