package org.stationatlas.resident;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Resident rows many at a time, in multi-row statements, for spreadsheet imports.
 */
@Mapper
interface ResidentBatchMapper {

	/** Writes the generated keys back into the rows. */
	void insertResidents(List<ResidentRow> list);

	void deleteCategories(@Param("residents") Collection<Long> residents);

	void deleteTags(@Param("residents") Collection<Long> residents);

	void deleteTokens(@Param("residents") Collection<Long> residents);

	void insertCategories(@Param("rows") List<ChildRow> rows);

	void insertTags(@Param("rows") List<ChildRow> rows);

	void insertTokens(@Param("rows") List<ChildRow> rows);

	/** One category, tag or search token of one resident. */
	record ChildRow(long resident, long station, String value) {
	}

}
