package org.stationatlas.need;

/**
 * Whose need it is: one resident, one household, or a whole community.
 */
public enum NeedSubjectType {

	RESIDENT("个人"), HOUSEHOLD("家庭"), COMMUNITY("社区");

	private final String label;

	NeedSubjectType(String label) {
		this.label = label;
	}

	/** The Chinese name, e.g. for spreadsheet cells. */
	public String label() {
		return this.label;
	}

}
