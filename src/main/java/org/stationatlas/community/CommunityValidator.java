package org.stationatlas.community;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.stationatlas.community.CommunityInputs.CreateCommunityInput;
import org.stationatlas.community.CommunityInputs.PlaceInput;
import org.stationatlas.community.CommunityInputs.UpdateCommunityInput;
import org.stationatlas.geo.Boundary;
import org.stationatlas.geo.BoundaryParser;
import org.stationatlas.geo.GeoPoint;
import org.stationatlas.geo.GeoPointInput;
import org.stationatlas.system.UserError;

/**
 * Checks a community as it would be after a create or update, and collects every broken
 * rule at once so a person can fix the whole form in one go.
 */
final class CommunityValidator {

	static final int MAX_NAME = 50;

	static final int MAX_PLACE_NAME = 100;

	static final int MAX_ADDRESS = 200;

	static final int MAX_COUNT = 1_000_000;

	static final int MAX_ROADS = 50;

	static final int MAX_PLACES = 200;

	private static final Pattern ADMIN_CODE = Pattern.compile("\\d{12}");

	private final List<UserError> errors = new ArrayList<>();

	private final CommunityRow row = new CommunityRow();

	private CommunityValidator() {
	}

	/** The row to insert, or the errors; never both. */
	record Outcome(CommunityRow row, List<UserError> errors) {

		boolean isValid() {
			return this.errors.isEmpty();
		}

	}

	static Outcome forCreate(long stationKey, CreateCommunityInput input) {
		CommunityValidator v = new CommunityValidator();
		v.row.stationKey = stationKey;
		v.row.name = v.requiredText("name", "社区名称", input.name(), MAX_NAME);
		v.row.district = v.requiredText("district", "所属区县", input.district(), MAX_NAME);
		v.row.street = v.requiredText("street", "所属街道", input.street(), MAX_NAME);
		v.row.adminCode = v.adminCode(input.adminCode());
		v.row.households = v.count("households", "户数", input.households());
		v.row.population = v.count("population", "人口数", input.population());
		Boundary boundary = v.boundary(input.boundary());
		v.center(input.center(), boundary, null);
		v.row.mainRoads = v.roads((input.mainRoads() != null) ? input.mainRoads() : List.of());
		v.row.keyUnits = v.places("keyUnits", PlaceRole.KEY_UNIT,
				(input.keyUnits() != null) ? input.keyUnits() : List.of());
		v.row.landmarks = v.places("landmarks", PlaceRole.LANDMARK,
				(input.landmarks() != null) ? input.landmarks() : List.of());
		return v.outcome();
	}

	static Outcome forUpdate(Community existing, UpdateCommunityInput input) {
		CommunityValidator v = new CommunityValidator();
		v.row.key = existing.key();
		v.row.stationKey = existing.stationKey();
		v.row.version = existing.version();
		v.row.name = (input.name() != null) ? v.requiredText("name", "社区名称", input.name(), MAX_NAME) : existing.name();
		v.row.district = (input.district() != null) ? v.requiredText("district", "所属区县", input.district(), MAX_NAME)
				: existing.district();
		v.row.street = (input.street() != null) ? v.requiredText("street", "所属街道", input.street(), MAX_NAME)
				: existing.street();
		v.row.adminCode = (input.adminCode() != null) ? v.adminCode(input.adminCode()) : existing.adminCode();
		v.row.households = (input.households() != null) ? v.count("households", "户数", input.households())
				: existing.households();
		v.row.population = (input.population() != null) ? v.count("population", "人口数", input.population())
				: existing.population();
		Boundary boundary;
		if (input.boundary() != null) {
			boundary = v.boundary(input.boundary());
		}
		else {
			boundary = (existing.boundaryGeojson() != null) ? BoundaryParser.fromStored(existing.boundaryGeojson())
					: null;
			v.setBoundary(boundary);
		}
		v.center(input.center(), boundary, existing.center());
		v.row.mainRoads = (input.mainRoads() != null) ? v.roads(input.mainRoads()) : null;
		v.row.keyUnits = (input.keyUnits() != null) ? v.places("keyUnits", PlaceRole.KEY_UNIT, input.keyUnits()) : null;
		v.row.landmarks = (input.landmarks() != null) ? v.places("landmarks", PlaceRole.LANDMARK, input.landmarks())
				: null;
		return v.outcome();
	}

	private Outcome outcome() {
		return this.errors.isEmpty() ? new Outcome(this.row, List.of()) : new Outcome(null, List.copyOf(this.errors));
	}

	private String requiredText(String field, String label, String value, int max) {
		if (value == null || value.isBlank()) {
			this.errors.add(UserError.of(field, "REQUIRED", label + "不能为空"));
			return null;
		}
		return optionalText(field, label, value, max);
	}

	private String optionalText(String field, String label, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.codePointCount(0, trimmed.length()) > max) {
			this.errors.add(UserError.of(field, "TOO_LONG", label + "最长 " + max + " 个字"));
			return null;
		}
		if (trimmed.chars().anyMatch((c) -> Character.isISOControl(c))) {
			this.errors.add(UserError.of(field, "INVALID_CHARACTERS", label + "不能包含控制字符"));
			return null;
		}
		return trimmed;
	}

	private String adminCode(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (!ADMIN_CODE.matcher(trimmed).matches()) {
			this.errors.add(UserError.of("adminCode", "INVALID_ADMIN_CODE", "行政区划代码应为 12 位数字（统计用区划代码）"));
			return null;
		}
		return trimmed;
	}

	private Integer count(String field, String label, Integer value) {
		if (value != null && (value < 0 || value > MAX_COUNT)) {
			this.errors.add(UserError.of(field, "OUT_OF_RANGE", label + "应在 0 到 " + MAX_COUNT + " 之间"));
			return null;
		}
		return value;
	}

	private Boundary boundary(Object value) {
		if (value == null) {
			return null;
		}
		BoundaryParser.Result result = BoundaryParser.parse(value);
		if (!result.isValid()) {
			this.errors.add(UserError.of("boundary", result.code(), result.message()));
			return null;
		}
		setBoundary(result.boundary());
		return result.boundary();
	}

	private void setBoundary(Boundary boundary) {
		if (boundary == null) {
			return;
		}
		this.row.boundaryGeojson = boundary.geoJsonText();
		this.row.minLat = BigDecimal.valueOf(boundary.envelope().getMinY());
		this.row.maxLat = BigDecimal.valueOf(boundary.envelope().getMaxY());
		this.row.minLng = BigDecimal.valueOf(boundary.envelope().getMinX());
		this.row.maxLng = BigDecimal.valueOf(boundary.envelope().getMaxX());
	}

	/**
	 * Note that a centre outside the boundary would put the community's pin in its
	 * neighbour, so it is refused; with no centre given, one inside the boundary is
	 * derived.
	 */
	private void center(GeoPointInput input, Boundary boundary, GeoPoint existing) {
		GeoPoint center = existing;
		if (input != null) {
			if (!input.isValid()) {
				this.errors.add(UserError.of("center", "COORDINATE_OUT_OF_RANGE",
						"中心点坐标超出范围：纬度应在 -90 到 90 之间，经度应在 -180 到 180 之间"));
				return;
			}
			center = input.toPoint();
		}
		if (center != null && boundary != null && !boundary.covers(center)) {
			if (input == null) {
				center = boundary.interiorPoint();
			}
			else {
				this.errors.add(UserError.of("center", "CENTER_OUTSIDE_BOUNDARY", "中心点不在社区边界之内"));
				return;
			}
		}
		if (center == null && boundary != null) {
			center = boundary.interiorPoint();
		}
		if (center != null) {
			this.row.centerLat = BigDecimal.valueOf(center.lat());
			this.row.centerLng = BigDecimal.valueOf(center.lng());
		}
	}

	private List<String> roads(List<String> names) {
		if (names.size() > MAX_ROADS) {
			this.errors.add(UserError.of("mainRoads", "TOO_MANY", "主要道路最多 " + MAX_ROADS + " 条"));
			return List.of();
		}
		List<String> result = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = requiredText("mainRoads", "第 " + (i + 1) + " 条道路名称", names.get(i), MAX_PLACE_NAME);
			if (name != null) {
				result.add(name);
			}
		}
		return result;
	}

	private List<Place> places(String field, PlaceRole role, List<PlaceInput> inputs) {
		String label = (role == PlaceRole.KEY_UNIT) ? "重要单位" : "地标";
		if (inputs.size() > MAX_PLACES) {
			this.errors.add(UserError.of(field, "TOO_MANY", label + "最多 " + MAX_PLACES + " 个"));
			return List.of();
		}
		List<Place> result = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			PlaceInput in = inputs.get(i);
			String which = "第 " + (i + 1) + " 个" + label;
			if (in == null) {
				this.errors.add(UserError.of(field, "REQUIRED", which + "不能为空"));
				continue;
			}
			String name = requiredText(field, which + "的名称", in.name(), MAX_PLACE_NAME);
			String address = optionalText(field, which + "的地址", in.address(), MAX_ADDRESS);
			if (in.kind() == null) {
				this.errors.add(UserError.of(field, "REQUIRED", which + "的类别不能为空"));
			}
			GeoPoint location = null;
			if (in.location() != null) {
				if (in.location().isValid()) {
					location = in.location().toPoint();
				}
				else {
					this.errors.add(UserError.of(field, "COORDINATE_OUT_OF_RANGE", which + "的坐标超出范围"));
				}
			}
			result.add(new Place(0, role, name, in.kind(), address, decimal(location, GeoPoint::lat),
					decimal(location, GeoPoint::lng), i));
		}
		return result;
	}

	private static BigDecimal decimal(GeoPoint point, Function<GeoPoint, Double> part) {
		return (point != null) ? BigDecimal.valueOf(part.apply(point)) : null;
	}

}
