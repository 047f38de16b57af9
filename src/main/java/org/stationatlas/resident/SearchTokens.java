package org.stationatlas.resident;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tokens for Chinese text search without FULLTEXT parsers: single characters of names and
 * two-character sequences (bigrams) of names and addresses, written with each row. A
 * query of two or more characters asks for rows holding all its bigrams, then checks the
 * text itself; a query of one character uses the name's single characters.
 */
final class SearchTokens {

	private SearchTokens() {
	}

	static Set<String> forResident(String name, String address) {
		Set<String> tokens = new LinkedHashSet<>();
		String n = normalise(name);
		n.codePoints().forEach((cp) -> tokens.add(new String(Character.toChars(cp))));
		tokens.addAll(bigrams(n));
		tokens.addAll(bigrams(normalise(address)));
		return tokens;
	}

	/** The tokens a query needs, all of which a matching row holds. */
	static Set<String> forQuery(String text) {
		String q = normalise(text);
		if (q.codePointCount(0, q.length()) == 1) {
			return Set.of(q);
		}
		return bigrams(q);
	}

	private static Set<String> bigrams(String text) {
		Set<String> grams = new LinkedHashSet<>();
		int[] cps = text.codePoints().toArray();
		for (int i = 0; i + 1 < cps.length; i++) {
			if (!Character.isWhitespace(cps[i]) && !Character.isWhitespace(cps[i + 1])) {
				grams.add(new String(cps, i, 2));
			}
		}
		return grams;
	}

	private static String normalise(String text) {
		return (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

}
