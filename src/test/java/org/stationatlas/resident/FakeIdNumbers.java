package org.stationatlas.resident;

import java.util.concurrent.atomic.AtomicInteger;

import org.stationatlas.privacy.IdNumbers;

/**
 * Valid, fictitious ID numbers for tests: county code 510199 (no such county), a birth
 * date on 1 May of the given year, a sequence number, and the GB 11643 check character.
 */
final class FakeIdNumbers {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

	private FakeIdNumbers() {
	}

	/** A new number each call; an even sequence digit makes the person female. */
	static String next(int birthYear) {
		int seq = (SEQUENCE.incrementAndGet() % 499) * 2;
		String body = "510199" + birthYear + "0501" + String.format("%03d", seq);
		return body + IdNumbers.checkCharacter(body);
	}

}
