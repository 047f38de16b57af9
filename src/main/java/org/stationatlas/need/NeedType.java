package org.stationatlas.need;

/**
 * Bradshaw's taxonomy of needs. Note that a need a resident reports himself is
 * {@link #EXPRESSED}.
 */
public enum NeedType {

	NORMATIVE("规范性需求"), FELT("感觉性需求"), EXPRESSED("表达性需求"), COMPARATIVE("比较性需求");

	private final String label;

	NeedType(String label) {
		this.label = label;
	}

	/** The Chinese name, e.g. for spreadsheet cells. */
	public String label() {
		return this.label;
	}

}
