package org.stationatlas.hsds;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads the public part of the resources library for the HSDS export; every statement
 * applies the same public filter, so nothing internal can be read through it.
 */
@Mapper
interface HsdsMapper {

	/** One page in id order ({@code offset} rows skipped). */
	List<HsdsResource> findPage(@Param("q") HsdsQuery query, @Param("offset") long offset, @Param("limit") int limit);

	long count(@Param("q") HsdsQuery query);

	/** The next chunk after the row key {@code after} (keyset, for streaming). */
	List<HsdsResource> findChunk(@Param("q") HsdsQuery query, @Param("after") long after, @Param("limit") int limit);

	HsdsResource findByUuid(@Param("uuid") String uuid);

	/**
	 * The uuid of the public resource whose derived id ({@link HsdsIds#derive}) with that
	 * prefix is {@code id}.
	 */
	String findUuidByDerivedId(@Param("prefix") String prefix, @Param("id") String id);

	/** Every resource type code, to resolve a taxonomy term id. */
	List<String> findTypeCodes();

}
