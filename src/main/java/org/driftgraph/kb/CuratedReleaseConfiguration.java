package org.driftgraph.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.format.curated.CuratedFormat;
import org.driftgraph.format.tsv.Problem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the curated release at start-up, before the web server answers, so that a healthy
 * service always holds the full graph. A data error stops start-up (and with it the
 * embedded database).
 */
@Configuration(proxyBeanMethods = false)
class CuratedReleaseConfiguration {

	@Bean
	KnowledgeBaseLoader.Result curatedRelease(KnowledgeBaseLoader loader, DriftGraphProperties properties,
			ResourceLoader resources, ObjectProvider<BuildProperties> build) {
		String location = properties.kb().location();
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<Problem> missing = new java.util.ArrayList<>();
		for (String name : CuratedFormat.FILES) {
			Resource resource = resources.getResource(location + name);
			if (!resource.exists()) {
				missing.add(new Problem(location + name, 0, null, "file not found"));
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				files.put(name, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + location + name, ex);
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidDataException(missing);
		}
		BuildProperties info = build.getIfAvailable();
		return loader.loadRelease(files, info != null ? info.getVersion() : "development");
	}

}
