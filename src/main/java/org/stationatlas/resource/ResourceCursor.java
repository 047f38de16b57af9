package org.stationatlas.resource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.stationatlas.resource.ResourceEnums.ResourceOrder;
import org.stationatlas.system.ApiException;

/**
 * A keyset cursor for resource lists: the order it belongs to, the row's sort value and
 * its key. Note that a cursor continues only the order it came from.
 */
record ResourceCursor(ResourceOrder order, String value, long key) {

	String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("r1|" + this.order + "|" + this.key + "|" + this.value).getBytes(StandardCharsets.UTF_8));
	}

	static ResourceCursor decode(String cursor, ResourceOrder expected) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 4);
			if (parts.length == 4 && "r1".equals(parts[0]) && ResourceOrder.valueOf(parts[1]) == expected) {
				return new ResourceCursor(expected, parts[3], Long.parseLong(parts[2]));
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw ApiException.badInput("INVALID_CURSOR", "分页游标 after 无效，请使用同一排序下上一页返回的 endCursor");
	}

	static ResourceCursor of(Resource r, ResourceOrder order) {
		String value = switch (order) {
			case DISTANCE -> String.valueOf(r.distanceMeters());
			case NAME -> r.name();
			case UPDATED -> r.updatedAt().toLocalDateTime().toString().replace('T', ' ');
			case VERIFIED -> (r.lastVerifiedAt() != null)
					? r.lastVerifiedAt().toLocalDateTime().toString().replace('T', ' ') : "1000-01-01 00:00:00";
		};
		return new ResourceCursor(order, value, r.key());
	}

}
