package org.stationatlas.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageRequestTest {

	@Test
	void defaultsToTwentyAndAllowsAHundred() {
		assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(20, null));
		assertThat(PageRequest.of(null, null).fetchSize()).isEqualTo(21);
		assertThat(PageRequest.of(100, null).first()).isEqualTo(100);
	}

	@Test
	void refusesBadSizes() {
		assertBadInput(101, null, "PAGE_SIZE_TOO_LARGE");
		assertBadInput(-1, null, "INVALID_PAGE_SIZE");
	}

	@Test
	void roundTripsCursorsAndRefusesBadOnes() {
		assertThat(PageRequest.of(10, PageRequest.encodeCursor(42)).afterKey()).isEqualTo(42L);
		assertBadInput(10, "not a cursor!", "INVALID_CURSOR");
		assertBadInput(10, base64("k1:abc"), "INVALID_CURSOR");
		assertBadInput(10, base64("k2:42"), "INVALID_CURSOR");
	}

	@Test
	void connectionTrimsTheExtraRowIntoHasNextPage() {
		PageRequest page = PageRequest.of(3, null);
		Connection<Long> full = Connection.of(rows(page.fetchSize()), page, Long::longValue, () -> 0);
		assertThat(full.nodes()).containsExactly(1L, 2L, 3L);
		assertThat(full.pageInfo())
			.isEqualTo(new Connection.PageInfo(true, false, PageRequest.encodeCursor(1), PageRequest.encodeCursor(3)));
		Connection<Long> last = Connection.of(rows(3), PageRequest.of(3, PageRequest.encodeCursor(9)), Long::longValue,
				() -> 0);
		assertThat(last.nodes()).hasSize(3);
		assertThat(last.pageInfo().hasNextPage()).isFalse();
		assertThat(last.pageInfo().hasPreviousPage()).isTrue();
	}

	@Test
	void countsOnlyWhenTotalCountIsAsked() {
		AtomicInteger counts = new AtomicInteger();
		PageRequest page = PageRequest.of(2, null);
		Connection<String> connection = Connection.of(rows(3), page, Long::longValue, () -> {
			counts.incrementAndGet();
			return 57;
		}).map((key) -> "row " + key);
		assertThat(connection.edges()).hasSize(2);
		assertThat(connection.pageInfo().hasNextPage()).isTrue();
		assertThat(counts).hasValue(0);
		assertThat(connection.totalCount()).isEqualTo(57);
		assertThat(counts).hasValue(1);
	}

	private static void assertBadInput(Integer first, String after, String reason) {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> PageRequest.of(first, after)).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
			assertThat(ex.reason()).isEqualTo(reason);
		});
	}

	private static List<Long> rows(int count) {
		return LongStream.rangeClosed(1, count).boxed().toList();
	}

	private static String base64(String text) {
		return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
