package org.stationatlas.need;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a need is in its lifecycle, and where it may go next: {@code OPEN → MATCHING →
 * IN_SERVICE → MET}, back one step when matching fails or a service ends early, or to
 * {@code CLOSED} / {@code WITHDRAWN} with a reason. {@code MET}, {@code CLOSED} and
 * {@code WITHDRAWN} are final.
 */
public enum NeedStatus {

	OPEN("待处理"), MATCHING("匹配中"), IN_SERVICE("服务中"), MET("已满足"), CLOSED("已关闭"), WITHDRAWN("已撤回");

	private final String label;

	NeedStatus(String label) {
		this.label = label;
	}

	/** The Chinese name, e.g. for spreadsheet cells and messages. */
	public String label() {
		return this.label;
	}

	/** The statuses a need in this status may move to, in the order users read them. */
	public List<NeedStatus> next() {
		return switch (this) {
			case OPEN -> List.of(MATCHING, CLOSED, WITHDRAWN);
			case MATCHING -> List.of(IN_SERVICE, OPEN, CLOSED, WITHDRAWN);
			case IN_SERVICE -> List.of(MET, MATCHING, CLOSED, WITHDRAWN);
			case MET, CLOSED, WITHDRAWN -> List.of();
		};
	}

	public boolean isFinal() {
		return next().isEmpty();
	}

	/** Whether moving to this status needs a reason. */
	public boolean needsReason() {
		return this == CLOSED || this == WITHDRAWN;
	}

	/** Whether the need is still to be served. */
	public boolean isActive() {
		return this == OPEN || this == MATCHING || this == IN_SERVICE;
	}

	/** Why moving from this status to {@code to} is refused, in Chinese. */
	String refusal(NeedStatus to) {
		if (isFinal()) {
			return "需求当前为「" + this.label + "」，已是最终状态，不能再改为「" + to.label + "」";
		}
		return "需求当前为「" + this.label + "」，不能改为「" + to.label + "」；可改为："
				+ next().stream().map((s) -> s.label + "（" + s.name() + "）").collect(Collectors.joining("、"));
	}

}
