package org.stationatlas.resource;

/**
 * The five dimensions of the resources library.
 */
public enum ResourceDimension {

	/** 人力资源. */
	HUMAN,
	/** 组织资源. */
	ORGANIZATIONAL,
	/** 经费资源. */
	FUNDING,
	/** 空间资源. */
	SPACE,
	/** 政策资源. */
	POLICY

}
