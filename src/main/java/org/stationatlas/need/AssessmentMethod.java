package org.stationatlas.need;

/**
 * How a need was found out.
 */
public enum AssessmentMethod {

	QUESTIONNAIRE("问卷调查"), INTERVIEW("人员访谈"), LITERATURE("参考文献"), POLICY_DOCUMENT("政策文件"), SERVICE_DATA("服务数据");

	private final String label;

	AssessmentMethod(String label) {
		this.label = label;
	}

	/** The Chinese name, e.g. for spreadsheet cells. */
	public String label() {
		return this.label;
	}

}
