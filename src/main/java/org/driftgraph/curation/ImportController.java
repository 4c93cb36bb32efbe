package org.driftgraph.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.Problems;
import org.driftgraph.format.tsv.Problem;
import org.driftgraph.kb.ImportFormat;
import org.driftgraph.kb.ImportTooLargeException;
import org.driftgraph.kb.InvalidDataException;
import org.driftgraph.kb.KnowledgeBaseLoader;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@RequestMapping("/api/import")
@Tag(name = "Import", description = "Curation in: curated or KGX files, validated and written atomically")
class ImportController {

	/** How many problems an answer lists; {@code problemCount} has the total. */
	static final int SHOWN_PROBLEMS = 100;

	private final KnowledgeBaseLoader loader;

	ImportController(KnowledgeBaseLoader loader) {
		this.loader = loader;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Import uploaded files: curated (nodes.tsv, papers.tsv, edges.tsv, drift_events.tsv) or KGX "
					+ "(nodes.tsv, edges.tsv or nodes.jsonl, edges.jsonl)",
			description = "Curator only. Each part's file name says which file it is. format=curated|kgx, detected when "
					+ "absent. dryRun=true reports without writing.")
	KnowledgeBaseLoader.ImportReport upload(MultipartHttpServletRequest request,
			@RequestParam(required = false) String format, @RequestParam(defaultValue = "false") boolean dryRun,
			Principal who) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (MultipartFile part : request.getFileMap().values()) {
			String name = part.getOriginalFilename() != null && !part.getOriginalFilename().isBlank()
					? part.getOriginalFilename() : part.getName();
			files.put(name, bytes(part));
		}
		if (files.isEmpty()) {
			throw new InvalidRequestException("files", "The request has no file parts.");
		}
		return loader.importFiles(files, format(format, files), dryRun, who.getName());
	}

	@PostMapping(consumes = { "text/tab-separated-values", MediaType.TEXT_PLAIN_VALUE, "application/x-ndjson",
			"application/jsonl" })
	@Operation(summary = "Import one file sent as the request body; 'file' names it (for example edges.tsv)")
	KnowledgeBaseLoader.ImportReport body(@RequestParam String file, @RequestBody byte[] content,
			@RequestParam(required = false) String format, @RequestParam(defaultValue = "false") boolean dryRun,
			Principal who) {
		Map<String, byte[]> files = Map.of(file, content);
		return loader.importFiles(files, format(format, files), dryRun, who.getName());
	}

	/**
	 * @return the format asked for, or the one the files are in when none is
	 */
	private static ImportFormat format(String id, Map<String, byte[]> files) {
		if (id == null || id.isBlank()) {
			return ImportFormat.detect(files);
		}
		return ImportFormat.of(id)
			.orElseThrow(() -> new InvalidRequestException("format", "Unknown format '" + id + "'; use one of "
					+ ImportFormat.ids() + " or leave it out to detect it."));
	}

	@ExceptionHandler
	ProblemDetail invalidData(InvalidDataException ex) {
		List<Problem> problems = ex.problems();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid import",
				problems.size() + " problem(s) in the files; nothing was imported.", "invalid-import");
		problem.setProperty("problemCount", problems.size());
		problem.setProperty("problems", problems.stream().limit(SHOWN_PROBLEMS).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail tooLarge(ImportTooLargeException ex) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Import too large", ex.getMessage(), "import-too-large");
	}

	private static byte[] bytes(MultipartFile part) {
		try {
			return part.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
