package org.stationatlas.resident;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the children of many residents or households at once, one statement per kind of
 * child.
 */
@Component
class ResidentChildren {

	private final ResidentMapper residents;

	private final ResidentScope scope;

	ResidentChildren(ResidentMapper residents, ResidentScope scope) {
		this.residents = residents;
		this.scope = scope;
	}

	@Transactional(readOnly = true)
	Map<Resident, List<SafetyNetCategory>> categories(List<Resident> list) {
		Map<Long, List<SafetyNetCategory>> byKey = this.residents.findCategories(keys(list, Resident::key))
			.stream()
			.collect(Collectors.groupingBy(ResidentMapper.CategoryRow::residentKey,
					Collectors.mapping(ResidentMapper.CategoryRow::category, Collectors.toList())));
		return spread(list, Resident::key, byKey);
	}

	@Transactional(readOnly = true)
	Map<Resident, List<String>> tags(List<Resident> list) {
		Map<Long, List<String>> byKey = this.residents.findTags(keys(list, Resident::key))
			.stream()
			.collect(Collectors.groupingBy(ResidentMapper.TagRow::residentKey,
					Collectors.mapping(ResidentMapper.TagRow::tag, Collectors.toList())));
		return spread(list, Resident::key, byKey);
	}

	@Transactional(readOnly = true)
	Map<Household, List<Resident>> members(List<Household> list) {
		Map<Long, List<Resident>> byKey = this.residents
			.findByHouseholds(keys(list, Household::key), this.scope.readScope())
			.stream()
			.collect(Collectors.groupingBy(Resident::householdKey));
		return spread(list, Household::key, byKey);
	}

	static <T, V> Map<T, List<V>> spread(List<T> parents, ToLongFunction<T> key, Map<Long, List<V>> byKey) {
		Map<T, List<V>> result = new LinkedHashMap<>();
		parents.forEach((p) -> result.put(p, byKey.getOrDefault(key.applyAsLong(p), List.of())));
		return result;
	}

	static <T> Collection<Long> keys(List<T> list, Function<T, Long> key) {
		return list.stream().map(key).collect(Collectors.toSet());
	}

}
