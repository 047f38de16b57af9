package org.stationatlas.system;

import java.util.List;

/**
 * A rule the user broke in a mutation's input, returned inside the payload rather than as
 * a top-level error.
 *
 * @param field path to the input field, e.g. {@code ["input", "boundary"]}
 * @param message what went wrong, in Chinese, fit to show to the person who typed it
 * @param code stable English code for programs
 */
public record UserError(List<String> field, String message, String code) {

	public static UserError of(String field, String code, String message) {
		return new UserError(List.of("input", field), message, code);
	}

}
