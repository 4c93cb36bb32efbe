package org.driftgraph.pathway;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.driftgraph.lookup.NodeRef;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;

/**
 * One sentence per path, from a template per relationship type and the hop keys' names,
 * each clause followed by the keys of its papers: "Secukinumab shifts the CD4+ balance
 * toward Th2 cell, away from Th17 cell [miao2025, ref26]; Th2 cell drives the paradoxical
 * eczematous eruption [miao2025, ref26, ref12]". A clause always reads the relationship
 * the way it is stored, whichever way the path crosses it.
 */
final class Narrative {

	private Narrative() {
	}

	static String of(List<Hop> hops) {
		String sentence = hops.stream().map(Narrative::clause).collect(Collectors.joining("; "));
		return sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
	}

	static String clause(Hop hop) {
		boolean forward = hop.direction() == HopDirection.FORWARD;
		NodeRef subject = forward ? hop.from() : hop.to();
		NodeRef object = forward ? hop.to() : hop.from();
		Claim claim = hop.claims().get(0);
		MetaEdge type = MetaEdge.of(hop.type()).orElseThrow();
		String text = switch (type) {
			// the subset drives the disease stored as the subject: said the way the
			// effect travels
			case DRIVEN_BY -> phrase(hop, object, "drive", "drives") + " " + name(subject, true);
			case SHIFTS_TOWARD -> phrase(hop, subject, "shift", "shifts") + " the CD4+ balance toward "
					+ name(object, false) + away(claim);
			case POLARIZES_TOWARD ->
				phrase(hop, subject, "polarise", "polarises") + " cells toward " + name(object, false) + away(claim);
			case EXPANDS -> phrase(hop, subject, "expand", "expands") + " " + name(object, false)
					+ (claim.via().isEmpty() ? "" : " via " + and(claim.via()));
			// R141: a deficit of antimicrobial peptides permits S. aureus colonisation
			// (see MetaEdge)
			case PERMITS -> "a deficit of " + name(subject, false) + " permits " + name(object, false);
			default -> {
				String[] verb = verb(type);
				yield phrase(hop, subject, verb[0], verb[1]) + " " + name(object, true);
			}
		};
		return text + " [" + sources(hop) + "]";
	}

	/**
	 * @return plural and singular verb phrase of a type, read subject → object
	 */
	private static String[] verb(MetaEdge type) {
		return switch (type) {
			case MEMBER_OF -> new String[] { "are members of", "is a member of" };
			case SUBCLASS_OF -> new String[] { "are a subclass of", "is a subclass of" };
			case INHIBITS -> new String[] { "inhibit", "inhibits" };
			case SUBUNIT_OF -> new String[] { "are subunits of", "is a subunit of" };
			case RECEPTOR_FOR -> new String[] { "are receptors for", "is a receptor for" };
			case BINDS -> new String[] { "bind", "binds" };
			case PRODUCES -> new String[] { "produce", "produces" };
			case DRIVES_DIFFERENTIATION ->
				new String[] { "drive the differentiation of", "drives the differentiation of" };
			case TREATS -> new String[] { "treat", "treats" };
			case RESEMBLES -> new String[] { "resemble", "resembles" };
			case SUPPRESSES -> new String[] { "suppress", "suppresses" };
			case COUNTER_REGULATES -> new String[] { "counter-regulate", "counter-regulates" };
			case AMPLIFIES -> new String[] { "amplify", "amplifies" };
			case LESIONS_SHOW_SIGNATURE_OF ->
				new String[] { "induce lesions with the signature of", "induces lesions with the signature of" };
			case UPREGULATES -> new String[] { "upregulate", "upregulates" };
			case REDUCES -> new String[] { "reduce", "reduces" };
			case CAUSES -> new String[] { "cause", "causes" };
			case INDUCES -> new String[] { "induce", "induces" };
			case HAS_BIOMARKER -> new String[] { "have the biomarker", "has the biomarker" };
			case HAS_RISK_FACTOR -> new String[] { "have the risk factor", "has the risk factor" };
			case MANAGED_BY -> new String[] { "are managed with", "is managed with" };
			case TRIGGERED_BY -> new String[] { "are triggered by", "is triggered by" };
			case OCCURS_IN -> new String[] { "occur in", "occurs in" };
			case RESULTS_IN -> new String[] { "result in", "results in" };
			case SHIFTS_FROM -> new String[] { "shift away from", "shifts away from" };
			case SHIFTS_TO -> new String[] { "shift to", "shifts to" };
			case INVOLVES -> new String[] { "involve", "involves" };
			case REPORTED_IN -> new String[] { "are reported in", "is reported in" };
			case CITES -> new String[] { "cite", "cites" };
			case DRIVEN_BY, SHIFTS_TOWARD, POLARIZES_TOWARD, EXPANDS, PERMITS ->
				throw new IllegalArgumentException(type + " has its own template");
		};
	}

	/**
	 * The subject and its verb. A drug whose hop rests on its class's claims only says
	 * so: "Secukinumab, like the IL-17 inhibitors, upregulates IL-17C".
	 */
	private static String phrase(Hop hop, NodeRef subject, String plural, String singular) {
		String who = name(subject, false);
		boolean inherited = hop.claims().stream().noneMatch(c -> c.subject().key().equals(subject.key()));
		if (inherited && Label.primary(subject.labels()).orElse(null) == Label.DRUG) {
			who += ", like the " + name(hop.claims().get(0).subject(), false) + ",";
		}
		return who + " " + (plural(subject) ? plural : singular);
	}

	private static String away(Claim claim) {
		return claim.awayFrom().isEmpty() ? "" : ", away from " + and(claim.awayFrom());
	}

	private static String and(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	private static String sources(Hop hop) {
		Set<String> keys = new LinkedHashSet<>();
		hop.claims().forEach(c -> c.papers().forEach(p -> keys.add(p.key())));
		if (keys.isEmpty()) {
			return "general knowledge";
		}
		return String.join(", ", keys);
	}

	/**
	 * @param object whether the name stands after a verb: a reaction gets "the", and
	 * common nouns lose their capital
	 */
	static String name(NodeRef node, boolean object) {
		Label label = Label.primary(node.labels()).orElse(Label.FACTOR);
		String name = node.name() == null ? node.key() : node.name();
		boolean commonNoun = (label == Label.ADVERSE_REACTION || label == Label.DISEASE || label == Label.FACTOR
				|| label == Label.THERAPY) && name.length() > 1 && Character.isLowerCase(name.charAt(1))
				&& !name.split(" ")[0].contains("'");
		if (commonNoun && object) {
			name = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
		}
		return object && label == Label.ADVERSE_REACTION ? "the " + name : name;
	}

	/**
	 * Classes are plural ("IL-17 inhibitors"), and so are a few molecule and factor names
	 * ("Type I interferons").
	 */
	private static boolean plural(NodeRef node) {
		Label label = Label.primary(node.labels()).orElse(Label.FACTOR);
		if (label == Label.DRUG_CLASS) {
			return true;
		}
		if (label != Label.MOLECULE && label != Label.FACTOR) {
			return false;
		}
		String[] words = (node.name() == null ? node.key() : node.name()).replaceAll("\\s*\\(.*$", "").split(" ");
		String last = words[words.length - 1];
		return last.endsWith("s") && !last.endsWith("us") && !last.endsWith("is") && !last.endsWith("ss");
	}

}
