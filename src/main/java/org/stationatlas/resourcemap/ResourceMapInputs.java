package org.stationatlas.resourcemap;

import java.util.List;

/**
 * The arguments of {@code resourceMap}, as clients send them. Note that the schema has
 * checked their shape (non-null fields, enum values); {@link ResourceMapQueries} checks
 * the values.
 */
final class ResourceMapInputs {

	private ResourceMapInputs() {
	}

	/** In the request's coordinate system. */
	record BBoxInput(double south, double west, double north, double east) {
	}

	/**
	 * Enum values arrive as their names; they are only compared with columns, so plain
	 * strings keep this read model independent of the resource feature's types.
	 */
	record ResourceMapFilter(List<String> dimensions, List<String> typeCodes, List<String> status) {

		static final ResourceMapFilter NONE = new ResourceMapFilter(null, null, null);

	}

}
