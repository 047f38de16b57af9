package org.stationatlas.station;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.stationatlas.geo.GeoPointInput;
import org.stationatlas.privacy.PhoneNumbers;
import org.stationatlas.system.UserError;

/**
 * Inputs of the station mutations and the rules a station must keep.
 */
final class StationInputs {

	private StationInputs() {
	}

	/** Note that on update a field left out (or null) stays as it is. */
	record StationInput(String id, Integer version, String name, StationKind kind, String district, String street,
			String address, GeoPointInput location, String contactName, String contactPhone) {
	}

	record StationPayload(Station station, List<UserError> userErrors) {

		static StationPayload failed(List<UserError> errors) {
			return new StationPayload(null, errors);
		}

	}

	/**
	 * The merged row (input over the existing station, if any), with the rules it breaks.
	 */
	static List<UserError> merge(StationInput in, Station existing, StationRow row) {
		List<UserError> errors = new ArrayList<>();
		row.name = text(errors, "name", "社工站名称", in.name(), (existing != null) ? existing.name() : null, 100, true);
		row.kind = (in.kind() != null) ? in.kind() : (existing != null) ? existing.kind() : null;
		if (row.kind == null) {
			errors.add(UserError.of("kind", "REQUIRED", "请选择社工站层级"));
		}
		row.district = text(errors, "district", "所属区县", in.district(), (existing != null) ? existing.district() : null,
				50, true);
		row.street = text(errors, "street", "所属街道或乡镇", in.street(), (existing != null) ? existing.street() : null, 50,
				false);
		row.address = text(errors, "address", "办公地址", in.address(), (existing != null) ? existing.address() : null, 200,
				true);
		row.contactName = text(errors, "contactName", "联系人", in.contactName(),
				(existing != null) ? existing.contactName() : null, 50, false);
		row.contactPhone = (existing != null) ? existing.contactPhone() : null;
		if (in.contactPhone() != null && !in.contactPhone().isBlank()) {
			if (PhoneNumbers.isValid(in.contactPhone())) {
				row.contactPhone = PhoneNumbers.normalise(in.contactPhone());
			}
			else {
				errors.add(UserError.of("contactPhone", "INVALID_PHONE", "联系电话格式不正确"));
			}
		}
		row.lat = (existing != null) ? existing.lat() : null;
		row.lng = (existing != null) ? existing.lng() : null;
		if (in.location() != null) {
			if (in.location().isValid()) {
				row.lat = BigDecimal.valueOf(in.location().toPoint().lat());
				row.lng = BigDecimal.valueOf(in.location().toPoint().lng());
			}
			else {
				errors.add(UserError.of("location", "COORDINATE_OUT_OF_RANGE", "坐标超出范围：纬度 -90 到 90，经度 -180 到 180"));
			}
		}
		return errors;
	}

	private static String text(List<UserError> errors, String field, String label, String value, String current,
			int max, boolean required) {
		if (value == null) {
			if (required && current == null) {
				errors.add(UserError.of(field, "REQUIRED", label + "不能为空"));
			}
			return current;
		}
		String trimmed = value.strip();
		if (trimmed.isEmpty()) {
			if (required) {
				errors.add(UserError.of(field, "REQUIRED", label + "不能为空"));
			}
			return null;
		}
		if (trimmed.codePointCount(0, trimmed.length()) > max || trimmed.chars().anyMatch(Character::isISOControl)) {
			errors.add(UserError.of(field, "TOO_LONG", label + "最长 " + max + " 个字，且不能含控制字符"));
		}
		return trimmed;
	}

}
