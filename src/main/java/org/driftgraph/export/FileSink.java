package org.driftgraph.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export goes: one output stream per file the format produces (a directory, a
 * zip, a response).
 */
@FunctionalInterface
public interface FileSink {

	/**
	 * @param fileName the file's name, as listed by {@link ExportFormat#files()}
	 * @return a stream for its content, which the exporter closes when the file is
	 * complete
	 */
	OutputStream open(String fileName) throws IOException;

}
