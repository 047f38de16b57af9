package org.stationatlas.need;

/**
 * How urgent a need is. Note that the rank is stored with the need ({@code urgency_rank})
 * so that crisis needs sort first on an index.
 */
public enum Urgency {

	CRISIS(0, "危机"), HIGH(1, "紧急"), MEDIUM(2, "一般"), LOW(3, "不急");

	private final int rank;

	private final String label;

	Urgency(int rank, String label) {
		this.rank = rank;
		this.label = label;
	}

	/** 0 for a crisis up to 3: the sort key. */
	public int rank() {
		return this.rank;
	}

	/** The Chinese name, e.g. for spreadsheet cells. */
	public String label() {
		return this.label;
	}

}
