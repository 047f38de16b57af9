package org.stationatlas.need;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.stationatlas.need.NeedInputs.CreateNeedInput;
import org.stationatlas.need.NeedInputs.NeedPayload;
import org.stationatlas.need.NeedInputs.SubmitNeedInput;
import org.stationatlas.need.NeedInputs.TransitionNeedInput;
import org.stationatlas.need.NeedInputs.UpdateNeedInput;
import org.stationatlas.resident.Resident;
import org.stationatlas.security.Authorities;
import org.stationatlas.system.ApiException;
import org.stationatlas.system.GlobalId;
import org.stationatlas.system.UserError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording needs, editing them and moving them through their lifecycle. Note that every
 * rule is checked before the first write, so a refused input writes nothing.
 */
@Service
class NeedCommands {

	static final String WRITE = "hasAuthority('" + Authorities.NEED_WRITE + "')";

	private final NeedMapper mapper;

	private final NeedAccess access;

	private final NeedSubjects subjects;

	NeedCommands(NeedMapper mapper, NeedAccess access, NeedSubjects subjects) {
		this.mapper = mapper;
		this.access = access;
		this.subjects = subjects;
	}

	@PreAuthorize(WRITE)
	@Transactional
	NeedPayload create(CreateNeedInput in) {
		long station = this.access.ownStation();
		List<UserError> errors = new ArrayList<>();
		NeedSubjects.Subject subject = this.subjects.resolve(in.subjectId(), station, errors);
		NeedDraft d = new NeedDraft();
		d.stationKey = station;
		d.type = in.type();
		d.category = in.category();
		d.subCategory = in.subCategory();
		d.assessmentMethod = in.assessmentMethod();
		d.urgency = (in.urgency() != null) ? in.urgency() : Urgency.MEDIUM;
		d.description = in.description();
		d.dueDate = in.dueDate();
		d.assessedByKey = this.access.actor();
		d.assessedAt = (in.assessedAt() != null) ? in.assessedAt() : NeedAccess.now();
		NeedValidator.check(d, null, errors);
		if (!errors.isEmpty()) {
			return NeedPayload.failed(errors);
		}
		d.subject(subject);
		return insert(d);
	}

	/**
	 * A need the signed-in resident reports himself: {@code EXPRESSED} (he states it),
	 * assessed by nobody yet, found through the station's own service channel.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	NeedPayload submit(SubmitNeedInput in) {
		Optional<Resident> mine = this.access.requireResident();
		if (mine.isEmpty()) {
			return NeedPayload.failed(
					List.of(new UserError(List.of("input"), "你的账号还没有关联服务对象档案，暂时不能提交需求；请联系所在社区的社工站为你关联", "NOT_LINKED")));
		}
		Resident resident = mine.get();
		NeedDraft d = new NeedDraft();
		d.stationKey = resident.stationKey();
		d.subject(new NeedSubjects.Subject(NeedSubjectType.RESIDENT, resident.key(), null, resident.communityKey()));
		d.type = NeedType.EXPRESSED;
		d.assessmentMethod = AssessmentMethod.SERVICE_DATA;
		d.category = in.category();
		d.subCategory = in.subCategory();
		d.urgency = (in.urgency() != null) ? in.urgency() : Urgency.MEDIUM;
		d.description = in.description();
		d.dueDate = in.dueDate();
		d.submittedByKey = this.access.actor();
		List<UserError> errors = new ArrayList<>();
		NeedValidator.check(d, null, errors);
		return errors.isEmpty() ? insert(d) : NeedPayload.failed(errors);
	}

	/** Edits every field but the status; the subject may change within the station. */
	@PreAuthorize(WRITE)
	@Transactional
	NeedPayload update(UpdateNeedInput in) {
		Need current = writable(in.id());
		if (current.status().isFinal()) {
			return NeedPayload.failed("id", "NEED_FINAL", "需求已「" + current.status().label() + "」，不能再修改");
		}
		if (in.version() == null || current.version() != in.version()) {
			return conflict(current);
		}
		List<UserError> errors = new ArrayList<>();
		NeedSubjects.Subject subject = (in.subjectId() != null)
				? this.subjects.resolve(in.subjectId(), current.stationKey(), errors) : null;
		NeedDraft d = NeedDraft.of(current);
		d.type = (in.type() != null) ? in.type() : d.type;
		d.category = (in.category() != null) ? in.category() : d.category;
		d.subCategory = (in.subCategory() != null) ? in.subCategory() : d.subCategory;
		d.assessmentMethod = (in.assessmentMethod() != null) ? in.assessmentMethod() : d.assessmentMethod;
		d.urgency = (in.urgency() != null) ? in.urgency() : d.urgency;
		d.description = (in.description() != null) ? in.description() : d.description;
		d.dueDate = (in.dueDate() != null) ? in.dueDate() : d.dueDate;
		if (in.assessedAt() != null) {
			d.assessedAt = in.assessedAt();
			d.assessedByKey = this.access.actor();
		}
		NeedValidator.check(d, current.dueDate(), errors);
		if (!errors.isEmpty()) {
			return NeedPayload.failed(errors);
		}
		if (subject != null) {
			d.subject(subject);
		}
		d.actor = this.access.actor();
		d.now = NeedAccess.now();
		return (this.mapper.update(d) == 1) ? ok(current.key()) : conflict(current);
	}

	@PreAuthorize(WRITE)
	@Transactional
	NeedPayload transition(TransitionNeedInput in) {
		Need current = writable(in.id());
		if (in.version() == null || current.version() != in.version()) {
			return conflict(current);
		}
		NeedStatus from = current.status();
		if (in.to() == null || !from.next().contains(in.to())) {
			return NeedPayload.failed("to", "ILLEGAL_TRANSITION",
					(in.to() != null) ? from.refusal(in.to()) : "请指定新的状态");
		}
		List<UserError> errors = new ArrayList<>();
		String note = NeedValidator.note(in.to(), in.note(), errors);
		if (!errors.isEmpty()) {
			return NeedPayload.failed(errors);
		}
		Long actor = this.access.actor();
		OffsetDateTime now = NeedAccess.now();
		if (this.mapper.transition(current.key(), current.version(), from, in.to(), note, actor, now) == 0) {
			return conflict(current);
		}
		this.mapper.insertTransition(current.key(), from, in.to(), note, actor, now);
		return ok(current.key());
	}

	private NeedPayload insert(NeedDraft d) {
		d.actor = this.access.actor();
		d.now = NeedAccess.now();
		this.mapper.insert(d);
		this.mapper.insertTransition(d.key, null, NeedStatus.OPEN, null, d.actor, d.now);
		return ok(d.key);
	}

	/** The need if it is in the caller's own station; NOT_FOUND otherwise, alike. */
	private Need writable(String id) {
		long key = GlobalId.decode(id, Need.TYPE);
		List<Need> found = this.mapper.findByKeys(List.of(key), NeedScope.station(this.access.ownStation()));
		if (found.isEmpty()) {
			throw ApiException.notFound("找不到该需求");
		}
		return found.get(0);
	}

	private NeedPayload ok(long key) {
		return NeedPayload.ok(this.mapper.findByKeys(List.of(key), NeedScope.ALL).get(0));
	}

	private static NeedPayload conflict(Need current) {
		return NeedPayload.failed("version", "VERSION_CONFLICT", "该需求已被他人修改（当前版本 " + current.version() + "），请刷新后重试");
	}

}
