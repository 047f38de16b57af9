package org.stationatlas.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The Relay {@code node} and {@code nodes} entry points: any object by its global ID.
 */
@Controller
class NodeController {

	static final int MAX_IDS = 100;

	private final Map<String, NodeLoader> loaders;

	NodeController(List<NodeLoader> loaders) {
		this.loaders = loaders.stream().collect(Collectors.toMap(NodeLoader::typeName, Function.identity()));
	}

	@QueryMapping
	Object node(@Argument String id) {
		Object found = nodes(List.of(id)).get(0);
		if (found == null) {
			throw ApiException.notFound("找不到 ID 对应的对象");
		}
		return found;
	}

	@QueryMapping
	List<Object> nodes(@Argument List<String> ids) {
		if (ids.size() > MAX_IDS) {
			throw ApiException.badInput("TOO_MANY_IDS", "一次最多查询 " + MAX_IDS + " 个 ID");
		}
		List<GlobalId> decoded = ids.stream().map(GlobalId::decode).toList();
		Map<String, List<Long>> keysByType = new LinkedHashMap<>();
		for (GlobalId id : decoded) {
			if (!this.loaders.containsKey(id.type())) {
				throw ApiException.badInput("INVALID_ID", "ID 指向未知的类型");
			}
			keysByType.computeIfAbsent(id.type(), (t) -> new ArrayList<>()).add(id.key());
		}
		Map<String, Map<Long, ?>> loaded = new LinkedHashMap<>();
		keysByType.forEach((type, keys) -> loaded.put(type, this.loaders.get(type).load(keys)));
		List<Object> result = new ArrayList<>(decoded.size());
		for (GlobalId id : decoded) {
			result.add(loaded.get(id.type()).get(id.key()));
		}
		return result;
	}

}
