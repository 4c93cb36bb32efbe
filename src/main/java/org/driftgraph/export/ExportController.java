package org.driftgraph.export;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.driftgraph.common.InvalidRequestException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/export")
@Tag(name = "Export", description = "The graph or a subgraph as KGX, GraphML, Cytoscape.js JSON or the curated format")
class ExportController {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml");

	private final GraphExporter exporter;

	ExportController(GraphExporter exporter) {
		this.exporter = exporter;
	}

	@GetMapping
	@Operation(
			summary = "Export the graph, a node's neighbourhood (focus, hops) or a drift event with its evidence (event)",
			description = "Streams; formats of several files come as a zip. kgx-tsv, kgx-jsonl, graphml, cyjs, curated "
					+ "(whole graph only).")
	ResponseEntity<StreamingResponseBody> export(@RequestParam String format,
			@RequestParam(required = false) String focus, @RequestParam(required = false) Integer hops,
			@RequestParam(required = false) String event) {
		ExportFormat exportFormat = ExportFormat.of(format)
			.orElseThrow(() -> new InvalidRequestException("format", "Unknown format '" + format + "'; use one of "
					+ Arrays.stream(ExportFormat.values()).map(ExportFormat::id).collect(Collectors.joining(", "))
					+ "."));
		ExportScope scope = scope(focus, hops, event);
		exporter.check(exportFormat, scope);
		MediaType type = switch (exportFormat) {
			case KGX_TSV, KGX_JSONL, CURATED -> ZIP;
			case GRAPHML -> GRAPHML;
			case CYJS -> MediaType.APPLICATION_JSON;
		};
		boolean zipped = type.equals(ZIP);
		String fileName = zipped ? "driftgraph-" + exportFormat.id() + ".zip" : exportFormat.files().get(0);
		StreamingResponseBody body = zipped ? out -> zip(exportFormat, scope, out)
				: out -> exporter.export(exportFormat, scope, name -> new FileStream(out, out::flush));
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	private static ExportScope scope(String focus, Integer hops, String event) {
		if (focus != null && event != null) {
			throw new InvalidRequestException("event", "Give at most one of the parameters 'focus' and 'event'.");
		}
		if (hops != null && focus == null) {
			throw new InvalidRequestException("hops", "Parameter 'hops' needs a 'focus'.");
		}
		if (focus != null) {
			return ExportScope.neighbourhood(focus, hops == null ? 1 : hops);
		}
		return event != null ? ExportScope.driftEvent(event) : ExportScope.wholeGraph();
	}

	private void zip(ExportFormat format, ExportScope scope, OutputStream response) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(response);
		exporter.export(format, scope, name -> {
			zip.putNextEntry(new ZipEntry(name));
			return new FileStream(zip, zip::closeEntry);
		});
		zip.finish(); // the response itself stays Spring's to close
	}

	/**
	 * One exported file inside the response: closing it ends the file, not the response.
	 */
	private static final class FileStream extends FilterOutputStream {

		private final Closeable onClose;

		FileStream(OutputStream out, Closeable onClose) {
			super(out);
			this.onClose = onClose;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			onClose.close();
		}

	}

}
