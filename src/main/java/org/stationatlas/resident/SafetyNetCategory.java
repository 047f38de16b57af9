package org.stationatlas.resident;

/**
 * Safety-net groups (兜底对象) a resident or household belongs to. Note that the list grows
 * with local policy; a new value needs only this enum and the SDL.
 */
public enum SafetyNetCategory {

	/** 低保. */
	MINIMUM_ALLOWANCE("低保"),
	/** 特困. */
	EXTREME_POVERTY("特困"),
	/** 残疾人. */
	DISABLED("残疾人"),
	/** 独居老人. */
	ELDERLY_ALONE("独居老人"),
	/** 空巢老人. */
	EMPTY_NEST_ELDERLY("空巢老人"),
	/** 留守儿童. */
	LEFT_BEHIND_CHILD("留守儿童"),
	/** 困境儿童. */
	CHILD_AT_RISK("困境儿童"),
	/** 优抚对象. */
	ENTITLED_VETERAN_FAMILY("优抚对象"),
	/** 失业/再就业. */
	UNEMPLOYED("失业");

	private final String chinese;

	SafetyNetCategory(String chinese) {
		this.chinese = chinese;
	}

	/** The word social workers write in spreadsheets. */
	public String chinese() {
		return this.chinese;
	}

	/** Reads either the English name or the Chinese word; {@code null} if neither. */
	public static SafetyNetCategory parse(String value) {
		String v = (value != null) ? value.strip() : "";
		for (SafetyNetCategory category : values()) {
			if (category.name().equalsIgnoreCase(v) || category.chinese.equals(v)) {
				return category;
			}
		}
		if ("失业人员".equals(v) || "再就业".equals(v)) {
			return UNEMPLOYED;
		}
		return null;
	}

}
