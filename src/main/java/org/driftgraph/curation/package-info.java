/**
 * Curation in: users' files imported over HTTP ({@code POST /api/import}, curator
 * credentials required) through the one loader of
 * {@link org.driftgraph.kb.KnowledgeBaseLoader}, and the security rule that reads stay
 * open while writes need a curator.
 */
package org.driftgraph.curation;
