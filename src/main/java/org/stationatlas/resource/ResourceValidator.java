package org.stationatlas.resource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.stationatlas.geo.Geohash;
import org.stationatlas.privacy.PhoneNumbers;
import org.stationatlas.resident.SafetyNetCategory;
import org.stationatlas.resource.ResourceEnums.Source;
import org.stationatlas.resource.ResourceEnums.Visibility;
import org.stationatlas.resource.ResourceInputs.ResourceInput;
import org.stationatlas.system.UserError;

/**
 * Checks a resource as it would be after a create or update and fills the row, collecting
 * every broken rule.
 */
final class ResourceValidator {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final List<UserError> errors = new ArrayList<>();

	/**
	 * Fills {@code row} from the input merged over {@code existing} (null on create) of
	 * the given type.
	 */
	List<UserError> fill(ResourceRow row, ResourceInput in, Resource existing, ResourceType type) {
		row.dimension = type.dimension();
		row.typeKey = type.key();
		row.name = text("name", "资源名称", pick(in.name(), existing, Resource::name), 100, true);
		row.description = text("description", "简介", pick(in.description(), existing, Resource::description), 2000,
				false);
		row.provider = text("provider", "提供单位", pick(in.provider(), existing, Resource::provider), 100, false);
		row.contactName = text("contactName", "联系人", pick(in.contactName(), existing, Resource::contactName), 50,
				false);
		row.contactPhone = phone(pick(in.contactPhone(), existing, Resource::contactPhone));
		row.contactEmail = text("contactEmail", "邮箱", pick(in.contactEmail(), existing, Resource::contactEmail), 100,
				false);
		if (row.contactEmail != null && !EMAIL.matcher(row.contactEmail).matches()) {
			this.errors.add(UserError.of("contactEmail", "INVALID_EMAIL", "邮箱格式不正确"));
		}
		row.website = text("website", "网址", pick(in.website(), existing, Resource::website), 200, false);
		if (row.website != null && !row.website.matches("https?://\\S+")) {
			this.errors.add(UserError.of("website", "INVALID_URL", "网址须以 http:// 或 https:// 开头"));
		}
		row.address = text("address", "地址", pick(in.address(), existing, Resource::address), 200, false);
		row.eligibility = text("eligibility", "服务条件", pick(in.eligibility(), existing, Resource::eligibility), 500,
				false);
		row.availability = text("availability", "开放时间", pick(in.availability(), existing, Resource::availability), 500,
				false);
		location(row, in, existing, type);
		row.serviceRadiusM = range("serviceRadiusMeters", "服务半径", (in.serviceRadiusMeters() != null)
				? in.serviceRadiusMeters() : (existing != null) ? existing.serviceRadiusM() : null, 1, 100_000);
		row.minAge = range("minAge", "最低年龄",
				(in.minAge() != null) ? in.minAge() : (existing != null) ? existing.minAge() : null, 0, 150);
		row.maxAge = range("maxAge", "最高年龄",
				(in.maxAge() != null) ? in.maxAge() : (existing != null) ? existing.maxAge() : null, 0, 150);
		if (row.minAge != null && row.maxAge != null && row.minAge > row.maxAge) {
			this.errors.add(UserError.of("maxAge", "INVALID_AGE_RANGE", "最高年龄不能小于最低年龄"));
		}
		row.capacity = range("capacity", "容量",
				(in.capacity() != null) ? in.capacity() : (existing != null) ? existing.capacity() : null, 0,
				1_000_000);
		row.status = (in.status() != null) ? in.status()
				: (existing != null) ? existing.status() : ResourceEnums.ResourceStatus.ACTIVE;
		row.visibility = (in.visibility() != null) ? in.visibility()
				: (existing != null) ? existing.visibility() : Visibility.INTERNAL;
		row.source = (in.source() != null) ? in.source() : (existing != null) ? existing.source() : Source.OTHER;
		if (type.individual() && row.visibility == Visibility.PUBLIC) {
			this.errors.add(UserError.of("visibility", "INDIVIDUAL_NOT_PUBLIC", "个人（志愿者、专家、社区领袖）不能设为公开"));
		}
		row.needCategories = (in.needCategories() != null) ? List.copyOf(new LinkedHashSet<>(in.needCategories()))
				: null;
		row.eligibleCategories = (in.eligibleCategories() != null)
				? in.eligibleCategories().stream().distinct().map(SafetyNetCategory::name).toList() : null;
		return this.errors;
	}

	private void location(ResourceRow row, ResourceInput in, Resource existing, ResourceType type) {
		row.lat = (existing != null) ? existing.lat() : null;
		row.lng = (existing != null) ? existing.lng() : null;
		if (in.location() != null) {
			if (!in.location().isValid()) {
				this.errors
					.add(UserError.of("location", "COORDINATE_OUT_OF_RANGE", "坐标超出范围：纬度 -90 到 90，经度 -180 到 180"));
				return;
			}
			row.lat = BigDecimal.valueOf(in.location().toPoint().lat());
			row.lng = BigDecimal.valueOf(in.location().toPoint().lng());
		}
		boolean mayLackPlace = type.dimension() == ResourceDimension.HUMAN
				|| type.dimension() == ResourceDimension.POLICY;
		if (row.lat == null && !mayLackPlace) {
			this.errors.add(UserError.of("location", "REQUIRED", "组织、经费和空间资源须有位置"));
		}
		row.geohash = (row.lat != null) ? Geohash.encode(row.lat.doubleValue(), row.lng.doubleValue(), 8) : null;
	}

	private String phone(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!PhoneNumbers.isValid(value)) {
			this.errors.add(UserError.of("contactPhone", "INVALID_PHONE", "联系电话格式不正确"));
			return null;
		}
		return PhoneNumbers.normalise(value);
	}

	private Integer range(String field, String label, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			this.errors.add(UserError.of(field, "OUT_OF_RANGE", label + "应在 " + min + " 到 " + max + " 之间"));
		}
		return value;
	}

	private String text(String field, String label, String value, int max, boolean required) {
		String v = (value != null) ? value.strip() : null;
		if (v == null || v.isEmpty()) {
			if (required) {
				this.errors.add(UserError.of(field, "REQUIRED", label + "不能为空"));
			}
			return null;
		}
		if (v.codePointCount(0, v.length()) > max
				|| v.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n')) {
			this.errors.add(UserError.of(field, "TOO_LONG", label + "最长 " + max + " 个字，且不能含控制字符"));
		}
		return v;
	}

	private static String pick(String value, Resource existing, Function<Resource, String> getter) {
		return (value != null) ? value : (existing != null) ? getter.apply(existing) : null;
	}

}
