package org.stationatlas.need;

/**
 * What kind of help a need asks for (需求结果).
 */
public enum NeedCategory {

	POLICY("政策性"), MEDICAL("医疗性"), PSYCHOLOGICAL("心理性"), FINANCIAL("资金性"), SAFETY("安全性"), DEVELOPMENTAL("发展性");

	private final String label;

	NeedCategory(String label) {
		this.label = label;
	}

	/** The Chinese name, e.g. for spreadsheet cells. */
	public String label() {
		return this.label;
	}

}
