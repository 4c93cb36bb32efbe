package org.driftgraph.kb;

import java.util.List;

/**
 * Everything one set of input files says, as nodes and relationships, plus a checksum of the files' content.
 */
record Dataset(List<NodeRecord> nodes, List<EdgeRecord> edges, String checksum) {
}
