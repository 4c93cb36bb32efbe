package org.driftgraph.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.driftgraph.explorer.ExplainView.ClaimView;
import org.driftgraph.explorer.ExplainView.HopView;
import org.driftgraph.explorer.ExplainView.MechanismView;
import org.driftgraph.literature.Citation;

/**
 * The explain page's downloads, written from its model: hops as CSV, cited papers as
 * BibTeX and RIS, the diagram as SVG.
 */
final class ExplainExports {

	static final String CSV_HEADER = "mechanism,hop,subject,type,object,direction,sign,claim,confidence,contested,papers";

	private ExplainExports() {
	}

	/**
	 * One row per claim behind each hop of each mechanism, with the claim's own subject
	 * (the class, for a claim a drug inherits); papers as {@code key doi:… pmid:…},
	 * joined by {@code ; }.
	 */
	static String csv(ExplainView view) {
		StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
		for (MechanismView mechanism : view.mechanisms()) {
			for (int i = 0; i < mechanism.hops().size(); i++) {
				HopView hop = mechanism.hops().get(i);
				for (ClaimView claim : hop.claims()) {
					List<String> cells = List.of(Integer.toString(mechanism.rank()), Integer.toString(i + 1),
							claim.subject().key(), hop.type(), hop.object().key(),
							hop.reverse() ? "reverse" : "forward", Integer.toString(hop.sign()),
							nullToEmpty(claim.id()), nullToEmpty(claim.confidence()),
							Boolean.toString(claim.contested()),
							claim.papers().stream().map(ExplainExports::paperCell).collect(Collectors.joining("; ")));
					out.append(cells.stream().map(ExplainExports::csvCell).collect(Collectors.joining(",")))
						.append("\r\n");
				}
			}
		}
		return out.toString();
	}

	static String bibtex(ExplainView view) {
		StringBuilder out = new StringBuilder();
		for (Citation p : view.citedPapers()) {
			out.append("@article{").append(p.key()).append(",\n");
			field(out, "author", p.firstAuthor() == null ? null : p.firstAuthor() + " and others");
			field(out, "title", p.title());
			field(out, "journal", p.journal());
			field(out, "year", p.year() == null ? null : p.year().toString());
			field(out, "doi", p.doi());
			field(out, "pmid", p.pmid());
			out.append("}\n\n");
		}
		return out.toString();
	}

	static String ris(ExplainView view) {
		StringBuilder out = new StringBuilder();
		for (Citation p : view.citedPapers()) {
			out.append("TY  - JOUR\r\n");
			tag(out, "ID", p.key());
			tag(out, "AU", p.firstAuthor());
			tag(out, "TI", p.title());
			tag(out, "JO", p.journal());
			tag(out, "PY", p.year() == null ? null : p.year().toString());
			tag(out, "DO", p.doi());
			tag(out, "AN", p.pmid() == null ? null : "PMID:" + p.pmid());
			tag(out, "UR", p.doi() != null ? Links.doi(p.doi()) : Links.pubmed(p.pmid()));
			out.append("ER  - \r\n");
		}
		return out.toString();
	}

	/**
	 * The diagram as the page draws it: boxes in the kind's colour, arrows coloured by
	 * sign, dashed when contested.
	 */
	static String svg(Diagram diagram) {
		StringBuilder out = new StringBuilder();
		out.append(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">\n"
					.formatted(diagram.width(), diagram.height(), diagram.width(), diagram.height()));
		out.append(
				"<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
		out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		List<Diagram.Node> nodes = new ArrayList<>(diagram.nodes());
		for (Diagram.Edge e : diagram.edges()) {
			Diagram.Node s = find(nodes, e.source());
			Diagram.Node t = find(nodes, e.target());
			int x2 = t.x() + (t.x() > s.x() ? -80 : t.x() < s.x() ? 80 : 0);
			int x1 = s.x() + (t.x() > s.x() ? 80 : t.x() < s.x() ? -80 : 0);
			int bend = Diagram.arc(s, t) ? -Diagram.ROW / 2 - 20 : 0;
			int mx = (x1 + x2) / 2;
			int my = (s.y() + t.y()) / 2 + bend;
			out.append(
					"<g class=\"edge\"><path d=\"M%d,%d Q%d,%d %d,%d\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s marker-end=\"url(#arrow)\"/>"
						.formatted(x1, s.y(), mx, my + bend, x2, t.y(), signColour(e.sign()),
								e.contested() ? " stroke-dasharray=\"6 4\"" : ""));
			out.append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" fill=\"#333\">%s</text></g>\n"
				.formatted(mx, my - 6, xml(e.label())));
		}
		for (Diagram.Node n : nodes) {
			out.append(
					"<g class=\"node\" data-key=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"160\" height=\"44\" rx=\"10\" fill=\"%s\" stroke=\"#000\"/>"
						.formatted(xml(n.key()), n.x() - 80, n.y() - 22, n.kind().colour()));
			out.append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text></g>\n".formatted(n.x(),
					n.y() + 5, n.kind().textColour(), xml(n.name())));
		}
		return out.append("</svg>\n").toString();
	}

	static String signColour(int sign) {
		return sign > 0 ? "#009E73" : sign < 0 ? "#D55E00" : "#777777";
	}

	private static Diagram.Node find(List<Diagram.Node> nodes, String key) {
		return nodes.stream().filter(n -> n.key().equals(key)).findFirst().orElseThrow();
	}

	private static String paperCell(Citation p) {
		StringBuilder cell = new StringBuilder(p.key());
		if (p.doi() != null) {
			cell.append(" doi:").append(p.doi());
		}
		if (p.pmid() != null) {
			cell.append(" pmid:").append(p.pmid());
		}
		return cell.toString();
	}

	private static String csvCell(String value) {
		return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static void field(StringBuilder out, String name, String value) {
		if (value != null) {
			out.append("  ")
				.append(name)
				.append(" = {")
				.append(value.replace("{", "\\{").replace("}", "\\}"))
				.append("},\n");
		}
	}

	private static void tag(StringBuilder out, String tag, String value) {
		if (value != null) {
			out.append(tag).append("  - ").append(value.replace('\n', ' ')).append("\r\n");
		}
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
