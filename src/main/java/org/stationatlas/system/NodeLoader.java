package org.stationatlas.system;

import java.util.Collection;
import java.util.Map;

/**
 * Loads the objects of one GraphQL type by key for {@code node(id)} and
 * {@code nodes(ids)}. Each feature that has a {@code Node} type registers one; note that
 * it applies the same visibility rules as the feature's own queries.
 */
public interface NodeLoader {

	/** The GraphQL type name, which is also the type part of the global ID. */
	String typeName();

	/** The visible objects among the keys; missing keys are absent from the map. */
	Map<Long, ?> load(Collection<Long> keys);

}
