package io.implementa.project.exchange;

import io.implementa.platform.http.CsvErrors;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.security.Caller;
import io.implementa.project.baseline.BaselineApi;
import io.implementa.project.baseline.BaselineService;
import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.exchange.ExchangeApi.ImportReport;
import io.implementa.project.exchange.ExchangeApi.ImportedBaseline;
import io.implementa.project.exchange.ExchangeApi.ResourceReport;
import io.implementa.project.project.Project;
import io.implementa.project.project.ProjectEvents;
import io.implementa.project.schedule.ScheduleService;
import io.implementa.project.schedule.engine.ConstraintType;
import io.implementa.project.schedule.engine.LinkType;
import io.implementa.project.projection.ProjectionStore;
import io.implementa.project.task.Assignment;
import io.implementa.project.task.AssignmentService;
import io.implementa.project.task.Dependency;
import io.implementa.project.task.Task;
import io.implementa.project.task.TaskEvents;
import io.implementa.project.task.TaskStatus;
import io.implementa.project.task.Wbs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.ScheduleFrom;
import org.mpxj.TaskMode;

/**
 * Imports a plan read by MPXJ into a project whose work breakdown is empty: the plan's start becomes
 * the project's planned start, its calendar the project calendar, then tasks (with hierarchy,
 * durations, constraints, deadlines, progress) and links are created and the project is rescheduled
 * once, all in one transaction, with the same events as the API edits. Whatever the plan holds that we
 * cannot represent is listed in the report, never dropped silently.
 */
@ApplicationScoped
public class PlanImportService {

    static final String BASELINE_NAME = "MS Project baseline";
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 4000;

    private final ScheduleService schedules;
    private final AssignmentService assignments;
    private final ProjectionStore projections;
    private final BaselineService baselines;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public PlanImportService(ScheduleService schedules, AssignmentService assignments, ProjectionStore projections,
            BaselineService baselines, Outbox outbox, Caller caller, Clock clock) {
        this.baselines = baselines;
        this.schedules = schedules;
        this.assignments = assignments;
        this.projections = projections;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Optional<ImportReport> importInto(UUID projectId, ProjectFile file, String format) {
        return schedules.lockForChange(projectId).map(project -> {
            if (Task.count("projectId", projectId) > 0) {
                throw new ProblemException.Conflict("wbs-not-empty", "Work breakdown not empty",
                        "a plan can only be imported into a project without tasks; project " + project.key
                                + " already has some");
            }
            ScheduleService.Snapshot before = schedules.before(project);
            return new Run(project, file, format).execute(before);
        });
    }

    /**
     * Imports CSV task rows (already checked one by one) into a project without tasks, all or nothing:
     * what only the whole sheet can get wrong (a link into a summary, a summary's constraint) is refused
     * with the row and column too; the project's start and calendar stay.
     */
    @Transactional
    public Optional<ImportReport> importCsv(UUID projectId, List<TaskCsv.Row> rows) {
        return schedules.lockForChange(projectId).map(project -> {
            if (Task.count("projectId", projectId) > 0) {
                throw new ProblemException.Conflict("wbs-not-empty", "Work breakdown not empty",
                        "tasks can only be imported into a project without tasks; project " + project.key
                                + " already has some");
            }
            Set<String> parents = new HashSet<>();
            rows.forEach(r -> {
                if (r.parentOutline() != null) {
                    parents.add(r.parentOutline());
                }
            });
            List<io.implementa.platform.http.Problem.FieldError> errors = new ArrayList<>();
            for (TaskCsv.Row r : rows) {
                boolean summary = parents.contains(r.outline());
                if (summary && r.constraintType() != ConstraintType.ASAP && r.constraintType() != ConstraintType.SNET
                        && r.constraintType() != ConstraintType.FNLT) {
                    errors.add(CsvErrors.cell(r.line(), "constraintType",
                            "a summary task accepts only ASAP, SNET or FNLT"));
                }
                if (summary && r.predecessors().stream().anyMatch(l -> l.type().toFinish())) {
                    errors.add(CsvErrors.cell(r.line(), "predecessors",
                            "a summary task cannot be the successor of an FF or SF link"));
                }
                if (summary && r.milestone()) {
                    errors.add(CsvErrors.cell(r.line(), "kind", "a task with subtasks is a SUMMARY"));
                }
            }
            if (!errors.isEmpty()) {
                throw new ProblemException.Unprocessable("the CSV file was refused as a whole: " + errors.size()
                        + " error(s); nothing was imported", errors);
            }
            ScheduleService.Snapshot before = schedules.before(project);
            Instant now = clock.instant();
            Map<String, Task> byOutline = new LinkedHashMap<>();
            Map<String, Integer> positions = new LinkedHashMap<>();
            for (TaskCsv.Row r : rows) {
                Task parent = r.parentOutline() == null ? null : byOutline.get(r.parentOutline());
                String key = r.parentOutline() == null ? "" : r.parentOutline();
                int position = positions.merge(key, 1, Integer::sum) - 1;
                Task t = Task.create(projectId, parent == null ? null : parent.id, position, r.name(), now);
                t.description = r.description();
                t.duration = r.duration();
                t.effortHours = r.effortHours();
                t.percentComplete = r.percentComplete();
                t.actualStart = r.actualStart();
                t.actualFinish = r.actualFinish();
                t.status = r.actualFinish() != null ? TaskStatus.DONE
                        : r.actualStart() != null ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
                if (t.status == TaskStatus.DONE) {
                    t.percentComplete = 100;
                }
                t.constraintType = r.constraintType();
                t.constraintDate = r.constraintDate();
                t.deadline = r.deadline();
                try {
                    t.validate(r.milestone());
                } catch (ProblemException e) {
                    throw new ProblemException.Unprocessable("the CSV file was refused as a whole; nothing was "
                            + "imported", List.of(CsvErrors.cell(r.line(), "name", e.getMessage())));
                }
                t.persist();
                byOutline.put(r.outline(), t);
            }
            int links = 0;
            Set<String> seen = new HashSet<>();
            for (TaskCsv.Row r : rows) {
                Task successor = byOutline.get(r.outline());
                for (TaskCsv.Link l : r.predecessors()) {
                    Task predecessor = byOutline.get(l.predecessor());
                    if (!seen.add(predecessor.id + ">" + successor.id)) {
                        throw new ProblemException.Unprocessable("the CSV file was refused as a whole; nothing was "
                                + "imported", List.of(CsvErrors.cell(r.line(), "predecessors",
                                "names " + l.predecessor() + " twice")));
                    }
                    Dependency.link(projectId, predecessor.id, successor.id, l.type(), l.lag(), now).persist();
                    links++;
                }
            }
            Task.flush();
            Wbs wbs = Wbs.of(projectId);
            for (Task t : wbs.inOutlineOrder()) {
                outbox.publish(projectId, t.id, new TaskEvents.TaskCreated(t.id, projectId, project.key,
                        TaskEvents.TaskState.of(t, wbs), caller.person()));
            }
            schedules.recompute(project, before);
            return new ImportReport(projectId, "CSV", project.plannedStart, rows.size(), links, 0, false, 0, 0,
                    List.of(), null, List.of());
        });
    }

    /** One import: the state shared by its steps. */
    private final class Run {
        private final Project project;
        private final ProjectFile file;
        private final String format;
        private final Instant now = clock.instant();
        private final Losses losses = new Losses();
        private final double hoursPerDay;
        private final Map<org.mpxj.Task, Task> created = new LinkedHashMap<>();
        private final Set<org.mpxj.Task> summaries = new HashSet<>();
        private final Map<UUID, BaselineService.Planned> baseline = new LinkedHashMap<>();
        private int holidays;
        private int extraWorkingDays;
        private boolean calendarImported;

        Run(Project project, ProjectFile file, String format) {
            this.project = project;
            this.file = file;
            this.format = format;
            this.hoursPerDay = PlanFiles.hoursPerDay(file);
        }

        ImportReport execute(ScheduleService.Snapshot before) {
            LocalDate start = adoptStart();
            importCalendar();
            tasks(file.getChildTasks(), null, new int[] {0});
            int links = links();
            Map<Resource, Match> matches = matchResources();
            List<AssignmentService.Planned> planned = assignments(matches);
            Task.flush();
            Wbs wbs = Wbs.of(project.id);
            for (Task t : wbs.inOutlineOrder()) {
                outbox.publish(project.id, t.id, new TaskEvents.TaskCreated(t.id, project.id, project.key,
                        TaskEvents.TaskState.of(t, wbs), caller.person()));
            }
            schedules.recompute(project, before);
            int assigned = assignments.addImported(project, planned);
            ImportedBaseline saved = null;
            if (!baseline.isEmpty()) {
                BaselineApi.BaselineSummary b = baselines.saveImported(project.id, BASELINE_NAME, baseline);
                saved = new ImportedBaseline(b.id(), b.name(), b.current(), b.taskCount());
            }
            List<ResourceReport> resources = new ArrayList<>();
            matches.forEach((r, m) -> resources.add(new ResourceReport(r.getUniqueID(), r.getName(),
                    r.getEmailAddress(), m.status, m.known == null ? null : m.known.resourceId(), m.inFile,
                    m.imported, m.note)));
            return new ImportReport(project.id, format, start, created.size(), links, assigned, calendarImported,
                    holidays, extraWorkingDays, resources, saved, losses.list());
        }

        /** The plan's start date becomes the project's planned start (the end moves along if it would precede it). */
        private LocalDate adoptStart() {
            if (file.getProjectProperties().getScheduleFrom() == ScheduleFrom.FINISH) {
                losses.add("PROJECT", "scheduleFrom", "scheduled forward from the start; scheduling back from the "
                        + "finish date is not supported", "FINISH");
            }
            LocalDate start = PlanFiles.date(file.getProjectProperties().getStartDate());
            if (start == null) {
                start = file.getTasks().stream().map(t -> PlanFiles.date(t.getStart())).filter(d -> d != null)
                        .min(LocalDate::compareTo).orElse(project.plannedStart);
            }
            ProjectCalendar.requireInWindow("StartDate", start);
            if (!start.equals(project.plannedStart)) {
                project.reschedule(start, project.plannedEnd.isBefore(start) ? start : project.plannedEnd);
                project.touch(now);
                project.flush();
                outbox.publish(project.id, project.id, ProjectEvents.ProjectUpdated.of(project));
            }
            return start;
        }

        /** The default calendar's working weekdays and dated exceptions (its own and its base calendars'). */
        private void importCalendar() {
            org.mpxj.ProjectCalendar source = file.getDefaultCalendar();
            if (source == null) {
                losses.add("CALENDAR", "calendar", "the file names no project calendar; the project's is kept", "-");
                return;
            }
            Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (source.isWorkingDay(day)) {
                    weekdays.add(day);
                }
            }
            if (weekdays.isEmpty()) {
                losses.add("CALENDAR", "weekDays", "a calendar without working weekdays; the project's is kept",
                        label(source));
                return;
            }
            Map<LocalDate, Boolean> exceptions = new LinkedHashMap<>();
            List<org.mpxj.ProjectCalendar> chain = new ArrayList<>();
            for (org.mpxj.ProjectCalendar c = source; c != null && !chain.contains(c); c = c.getParent()) {
                chain.add(c);
            }
            // Base calendars first, so that the derived calendar's own exceptions win.
            for (int i = chain.size() - 1; i >= 0; i--) {
                org.mpxj.ProjectCalendar c = chain.get(i);
                if (!c.getWorkWeeks().isEmpty()) {
                    losses.add("CALENDAR", "workWeeks", "alternative work weeks are not supported; the default week "
                            + "applies all year", label(c) + " (" + c.getWorkWeeks().size() + ")");
                }
                for (ProjectCalendarException ex : c.getExpandedCalendarExceptions()) {
                    LocalDate from = ex.getFromDate();
                    LocalDate to = ex.getToDate() == null ? from : ex.getToDate();
                    if (from == null || to.isBefore(from) || from.plusYears(50).isBefore(to)) {
                        losses.add("CALENDAR", "exceptions", "an exception without a usable date range",
                                label(c) + " " + ex.getName());
                        continue;
                    }
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        exceptions.put(d, ex.getWorking());
                    }
                }
            }
            List<LocalDate> off = new ArrayList<>();
            List<LocalDate> on = new ArrayList<>();
            exceptions.forEach((date, working) -> {
                if (!working) {
                    if (weekdays.contains(date.getDayOfWeek())) {
                        off.add(date);
                    }
                } else if (!weekdays.contains(date.getDayOfWeek())) {
                    on.add(date);
                }
            });
            ProjectCalendar calendar = ProjectCalendar.of(project.id);
            calendar.define(weekdays, new TreeSet<>(off), new TreeSet<>(on), now);
            if (!calendar.stored()) {
                calendar.persist();
            }
            calendar.flush();
            calendarImported = true;
            holidays = calendar.holidays.size();
            extraWorkingDays = calendar.extraWorkingDays.size();
        }

        private void tasks(List<org.mpxj.Task> children, UUID parentId, int[] position) {
            for (org.mpxj.Task t : children) {
                Integer level = t.getOutlineLevel();
                if (level != null && level == 0) {
                    // MS Project's project summary task: its children are the plan's top level.
                    tasks(t.getChildTasks(), parentId, position);
                    continue;
                }
                if (t.getNull()) {
                    losses.add("TASK", "null", "blank row skipped", label(t));
                    continue;
                }
                Task task = Task.create(project.id, parentId, position[0]++, name(t), now);
                boolean summary = t.getChildTasks().stream().anyMatch(c -> !c.getNull());
                if (summary) {
                    summaries.add(t);
                }
                fill(task, t, summary);
                task.validate(false);
                task.persist();
                created.put(t, task);
                tasks(t.getChildTasks(), task.id, new int[] {0});
            }
        }

        private String name(org.mpxj.Task t) {
            String name = t.getName() == null ? "" : t.getName().strip();
            if (name.isEmpty()) {
                losses.add("TASK", "name", "a task without a name was named after its UID", label(t));
                return "Task " + t.getUniqueID();
            }
            if (name.length() > MAX_NAME) {
                losses.add("TASK", "name", "shortened to " + MAX_NAME + " characters", label(t));
                return name.substring(0, MAX_NAME);
            }
            return name;
        }

        private void fill(Task task, org.mpxj.Task t, boolean summary) {
            String notes = t.getNotes();
            if (notes != null && !notes.isBlank()) {
                if (notes.length() > MAX_DESCRIPTION) {
                    losses.add("TASK", "notes", "shortened to " + MAX_DESCRIPTION + " characters", label(t));
                    notes = notes.substring(0, MAX_DESCRIPTION);
                }
                task.description = notes;
            }
            Duration duration = t.getDuration();
            double hours = PlanFiles.hours(file, duration);
            if (!summary) {
                if (Double.isNaN(hours)) {
                    losses.add("TASK", "duration", "a duration without a unit of time was taken as 0 days",
                            label(t) + " (" + duration + ")");
                    hours = 0;
                }
                task.duration = Math.max(0, PlanFiles.days(hours, hoursPerDay));
                if (!PlanFiles.whole(hours, hoursPerDay)) {
                    losses.add("TASK", "duration", "rounded to whole working days", label(t) + " (" + duration
                            + " = " + task.duration + "d)");
                }
                if (duration != null && duration.getUnits() != null && duration.getUnits().name().startsWith("ELAPSED")) {
                    losses.add("TASK", "duration", "an elapsed duration was converted to working days",
                            label(t) + " (" + duration + ")");
                }
                if (t.getMilestone() && task.duration != 0) {
                    losses.add("TASK", "milestone", "a milestone with a duration is a plain task here",
                            label(t) + " (" + duration + ")");
                }
            }
            if (t.getEstimated()) {
                losses.add("TASK", "estimated", "the estimated-duration mark is not kept", label(t));
            }
            if (t.getTaskMode() == TaskMode.MANUALLY_SCHEDULED) {
                losses.add("TASK", "taskMode", "manually scheduled; scheduled automatically here", label(t));
            }
            if (!t.getActive()) {
                losses.add("TASK", "active", "an inactive task was imported as active", label(t));
            }
            if (t.getCalendar() != null) {
                losses.add("TASK", "calendar", "task calendars are not supported; the project calendar applies",
                        label(t) + " (" + t.getCalendar().getName() + ")");
            }
            if (t.getRecurring()) {
                losses.add("TASK", "recurring", "a recurring task was imported as one task", label(t));
            }
            Duration work = t.getWork();
            double workHours = PlanFiles.hours(file, work);
            if (!summary && work != null && workHours > 0 && !Double.isNaN(workHours)) {
                task.effortHours = BigDecimal.valueOf(workHours).setScale(2, RoundingMode.HALF_UP);
            }
            Number cost = t.getCost();
            if (cost != null && cost.doubleValue() != 0) {
                losses.add("TASK", "cost", "costs are not imported", label(t) + " (" + cost + ")");
            }
            baseline0(task, t);
            for (int i = 1; i <= 10; i++) {
                if (t.getBaselineStart(i) != null || t.getBaselineFinish(i) != null || t.getBaselineDuration(i) != null
                        || nonZero(t.getBaselineCost(i)) || t.getBaselineWork(i) != null) {
                    losses.add("TASK", "baseline" + i, "only Baseline0 is imported (as a project baseline)", label(t));
                }
            }
            constraint(task, t, summary);
            LocalDate deadline = PlanFiles.date(t.getDeadline());
            if (deadline != null) {
                task.deadline = deadline;
            }
            progress(task, t, summary);
        }

        /**
         * The task's Baseline0 values, kept for the project baseline saved after the recompute; a field the
         * file leaves empty takes the imported plan's value, which is reported.
         */
        private void baseline0(Task task, org.mpxj.Task t) {
            LocalDate start = PlanFiles.date(t.getBaselineStart());
            LocalDate finish = PlanFiles.date(t.getBaselineFinish());
            Duration duration = t.getBaselineDuration();
            Duration work = t.getBaselineWork();
            Number cost = t.getBaselineCost();
            if (start == null && finish == null && duration == null && work == null && !nonZero(cost)) {
                return;
            }
            Integer days = null;
            double durationHours = PlanFiles.hours(file, duration);
            if (duration != null && !Double.isNaN(durationHours)) {
                days = Math.max(0, PlanFiles.days(durationHours, hoursPerDay));
                if (!PlanFiles.whole(durationHours, hoursPerDay)) {
                    losses.add("BASELINE", "duration", "rounded to whole working days", label(t) + " (" + duration
                            + " = " + days + "d)");
                }
            }
            double workHours = PlanFiles.hours(file, work);
            BigDecimal hours = work == null || Double.isNaN(workHours) ? null
                    : BigDecimal.valueOf(workHours).setScale(2, RoundingMode.HALF_UP);
            List<String> missing = new ArrayList<>();
            if (start == null) {
                missing.add("start");
            }
            if (finish == null) {
                missing.add("finish");
            }
            if (days == null) {
                missing.add("duration");
            }
            if (hours == null) {
                missing.add("work");
            }
            if (!missing.isEmpty()) {
                losses.add("BASELINE", String.join(", ", missing), "not in the file's Baseline0; the imported plan's "
                        + "value was taken", label(t));
            }
            baseline.put(task.id, new BaselineService.Planned(start, finish, days, hours,
                    cost == null ? null : BigDecimal.valueOf(cost.doubleValue()).setScale(2, RoundingMode.HALF_UP)));
        }

        private void constraint(Task task, org.mpxj.Task t, boolean summary) {
            org.mpxj.ConstraintType source = t.getConstraintType();
            ConstraintType type = source == null ? ConstraintType.ASAP : switch (source) {
                case AS_SOON_AS_POSSIBLE -> ConstraintType.ASAP;
                case AS_LATE_AS_POSSIBLE -> ConstraintType.ALAP;
                case MUST_START_ON, START_ON -> ConstraintType.MSO;
                case MUST_FINISH_ON, FINISH_ON -> ConstraintType.MFO;
                case START_NO_EARLIER_THAN -> ConstraintType.SNET;
                case START_NO_LATER_THAN -> ConstraintType.SNLT;
                case FINISH_NO_EARLIER_THAN -> ConstraintType.FNET;
                case FINISH_NO_LATER_THAN -> ConstraintType.FNLT;
            };
            LocalDate date = PlanFiles.date(t.getConstraintDate());
            if (type.dated() && date == null) {
                losses.add("TASK", "constraint", "a dated constraint without a date was dropped",
                        label(t) + " (" + source + ")");
                return;
            }
            if (summary && type != ConstraintType.ASAP && type != ConstraintType.SNET && type != ConstraintType.FNLT) {
                losses.add("TASK", "constraint", "a summary task accepts only ASAP, SNET or FNLT; dropped",
                        label(t) + " (" + source + ")");
                return;
            }
            task.constraintType = type;
            task.constraintDate = type.dated() ? date : null;
        }

        private void progress(Task task, org.mpxj.Task t, boolean summary) {
            if (summary) {
                return;
            }
            Number percent = t.getPercentageComplete();
            task.percentComplete = percent == null ? 0 : (int) Math.max(0, Math.min(100, Math.round(percent.doubleValue())));
            task.actualStart = PlanFiles.date(t.getActualStart());
            task.actualFinish = PlanFiles.date(t.getActualFinish());
            if (task.actualFinish != null && task.actualStart == null) {
                task.actualStart = task.actualFinish;
            }
            if (task.actualFinish != null) {
                task.status = TaskStatus.DONE;
                task.percentComplete = 100;
            } else if (task.actualStart != null) {
                task.status = TaskStatus.IN_PROGRESS;
            } else if (task.percentComplete > 0) {
                losses.add("TASK", "percentComplete", "progress without an actual start is kept but does not move "
                        + "the schedule", label(t) + " (" + task.percentComplete + "%)");
            }
        }

        private int links() {
            int count = 0;
            Set<String> seen = new HashSet<>();
            for (Map.Entry<org.mpxj.Task, Task> e : created.entrySet()) {
                for (Relation r : e.getKey().getPredecessors()) {
                    String what = r.getPredecessorTask().getUniqueID() + " -> " + e.getKey().getUniqueID() + " "
                            + r.getType();
                    Task predecessor = created.get(r.getPredecessorTask());
                    Task successor = e.getValue();
                    if (predecessor == null) {
                        losses.add("LINK", "predecessor", "the predecessor was not imported", what);
                        continue;
                    }
                    if (predecessor == successor || !seen.add(predecessor.id + ">" + successor.id)) {
                        losses.add("LINK", "link", "a link to itself or a second link between the same tasks", what);
                        continue;
                    }
                    LinkType type = switch (r.getType()) {
                        case FINISH_START -> LinkType.FS;
                        case START_START -> LinkType.SS;
                        case FINISH_FINISH -> LinkType.FF;
                        case START_FINISH -> LinkType.SF;
                    };
                    if (summaries.contains(e.getKey()) && type.toFinish()) {
                        losses.add("LINK", "type", "a summary task cannot be the successor of an FF or SF link; "
                                + "dropped", what);
                        continue;
                    }
                    Duration lag = r.getLag();
                    double hours = PlanFiles.hours(file, lag);
                    if (Double.isNaN(hours)) {
                        losses.add("LINK", "lag", "a percentage lag is not supported; taken as 0", what + " " + lag);
                        hours = 0;
                    } else if (!PlanFiles.whole(hours, hoursPerDay)) {
                        losses.add("LINK", "lag", "rounded to whole working days", what + " " + lag);
                    }
                    if (lag != null && lag.getUnits() != null && lag.getUnits().name().startsWith("ELAPSED")) {
                        losses.add("LINK", "lag", "an elapsed lag was converted to working days", what + " " + lag);
                    }
                    Dependency.link(project.id, predecessor.id, successor.id, type,
                            PlanFiles.days(hours, hoursPerDay), now).persist();
                    count++;
                }
            }
            return count;
        }

        /**
         * Matches each work resource of the file with a resource-service resource: by e-mail (ignoring case)
         * when the file gives one that a resource has, else by a name (ignoring case) exactly one resource has.
         * Material and cost resources, and those not matched or matched ambiguously, are reported.
         */
        private Map<Resource, Match> matchResources() {
            List<Resource> listed = new ArrayList<>();
            Set<String> emails = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (Resource r : file.getResources()) {
                if (r.getUniqueID() != null && r.getUniqueID() == 0 && r.getName() == null) {
                    continue; // MS Project's placeholder for unassigned work
                }
                listed.add(r);
                if (!blank(r.getEmailAddress())) {
                    emails.add(lower(r.getEmailAddress()));
                }
                if (!blank(r.getName())) {
                    names.add(lower(r.getName()));
                }
            }
            Map<String, List<ProjectionStore.KnownResource>> byEmail = new HashMap<>();
            Map<String, List<ProjectionStore.KnownResource>> byName = new HashMap<>();
            for (ProjectionStore.KnownResource k : projections.resourcesNamed(emails, names)) {
                if (k.email() != null) {
                    byEmail.computeIfAbsent(lower(k.email()), e -> new ArrayList<>()).add(k);
                }
                byName.computeIfAbsent(lower(k.name()), n -> new ArrayList<>()).add(k);
            }
            Map<Resource, Match> out = new LinkedHashMap<>();
            for (Resource r : listed) {
                Match m = new Match();
                out.put(r, m);
                String what = r.getUniqueID() + " " + (r.getName() == null ? "" : r.getName());
                if (r.getType() == ResourceType.MATERIAL || r.getType() == ResourceType.COST) {
                    m.status = NOT_A_WORK_RESOURCE;
                    m.note = "a " + r.getType().name().toLowerCase() + " resource is not a resource of "
                            + "resource-service; its assignments are not imported";
                    losses.add("RESOURCE", "type", "material and cost resources are not imported", what);
                    continue;
                }
                List<ProjectionStore.KnownResource> sameEmail = blank(r.getEmailAddress()) ? List.of()
                        : byEmail.getOrDefault(lower(r.getEmailAddress()), List.of());
                List<ProjectionStore.KnownResource> sameName = blank(r.getName()) ? List.of()
                        : byName.getOrDefault(lower(r.getName()), List.of());
                if (sameEmail.size() == 1) {
                    m.status = MATCHED_BY_EMAIL;
                    m.known = sameEmail.get(0);
                } else if (sameEmail.size() > 1) {
                    m.status = AMBIGUOUS;
                    m.note = sameEmail.size() + " resources of resource-service have this e-mail; its assignments "
                            + "are not imported";
                    losses.add("RESOURCE", "emailAddress", "more than one resource has this e-mail; not matched",
                            what + " <" + r.getEmailAddress() + ">");
                } else if (sameName.size() == 1) {
                    m.status = MATCHED_BY_NAME;
                    m.known = sameName.get(0);
                } else if (sameName.size() > 1) {
                    m.status = AMBIGUOUS;
                    m.note = sameName.size() + " resources of resource-service have this name; give the resource "
                            + "its e-mail in the file to tell them apart. Its assignments are not imported";
                    losses.add("RESOURCE", "name", "more than one resource has this name (and no e-mail told them "
                            + "apart); not matched", what);
                } else {
                    m.status = NOT_FOUND;
                    m.note = "no resource of resource-service has this e-mail or name; its assignments are not "
                            + "imported";
                    losses.add("RESOURCE", "name", "no resource of resource-service has this e-mail or name; not "
                            + "matched", what + (blank(r.getEmailAddress()) ? "" : " <" + r.getEmailAddress() + ">"));
                }
            }
            return out;
        }

        /**
         * The file's assignments of matched resources to imported leaf tasks, as units (the file's Units,
         * 100 = full time) or, without units, as work hours; every other one is reported with the reason.
         */
        private List<AssignmentService.Planned> assignments(Map<Resource, Match> matches) {
            List<AssignmentService.Planned> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ResourceAssignment a : file.getResourceAssignments()) {
                Resource resource = a.getResource();
                if (resource == null || a.getTask() == null || !matches.containsKey(resource)) {
                    continue; // MS Project's "unassigned" rows of tasks without resources
                }
                Match m = matches.get(resource);
                m.inFile++;
                String what = label(a.getTask()) + " <- " + resource.getName();
                Task task = created.get(a.getTask());
                if (m.known == null) {
                    losses.add("ASSIGNMENT", "resource", "the resource is not matched with resource-service (see "
                            + "resources); not imported", what);
                    continue;
                }
                if (task == null) {
                    losses.add("ASSIGNMENT", "task", "the task was not imported", what);
                    continue;
                }
                if (summaries.contains(a.getTask())) {
                    losses.add("ASSIGNMENT", "task", "a summary task takes no assignments; not imported", what);
                    continue;
                }
                if (!seen.add(task.id + ">" + m.known.resourceId())) {
                    losses.add("ASSIGNMENT", "resource", "the resource is assigned to the task already (two "
                            + "resources of the file matched it); not imported", what);
                    continue;
                }
                Number units = a.getUnits();
                double workHours = PlanFiles.hours(file, a.getWork());
                BigDecimal percent = null;
                BigDecimal hours = null;
                if (units != null && units.doubleValue() > 0) {
                    percent = BigDecimal.valueOf(units.doubleValue()).setScale(2, RoundingMode.HALF_UP);
                    if (percent.signum() <= 0 || percent.compareTo(Assignment.MAX_UNITS) > 0) {
                        losses.add("ASSIGNMENT", "units", "units must be more than 0 and at most 1000 %; not "
                                + "imported", what + " (" + units + "%)");
                        continue;
                    }
                } else if (!Double.isNaN(workHours) && workHours > 0) {
                    hours = BigDecimal.valueOf(workHours).setScale(2, RoundingMode.HALF_UP);
                    if (hours.signum() <= 0) {
                        losses.add("ASSIGNMENT", "work", "less work than 0.01 h; not imported", what);
                        continue;
                    }
                } else {
                    losses.add("ASSIGNMENT", "units", "neither units nor work; not imported", what);
                    continue;
                }
                out.add(new AssignmentService.Planned(task, m.known.resourceId(), percent, hours));
                m.imported++;
            }
            return out;
        }
    }

    static final String MATCHED_BY_EMAIL = "MATCHED_BY_EMAIL";
    static final String MATCHED_BY_NAME = "MATCHED_BY_NAME";
    static final String NOT_FOUND = "NOT_FOUND";
    static final String AMBIGUOUS = "AMBIGUOUS";
    static final String NOT_A_WORK_RESOURCE = "NOT_A_WORK_RESOURCE";

    /** How one resource of the file was matched, and how many of its assignments were imported. */
    private static final class Match {
        String status;
        ProjectionStore.KnownResource known;
        String note;
        int inFile;
        int imported;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean nonZero(Number n) {
        return n != null && n.doubleValue() != 0;
    }

    static String label(org.mpxj.Task t) {
        return t.getUniqueID() + " " + (t.getName() == null ? "" : t.getName());
    }

    private static String label(org.mpxj.ProjectCalendar c) {
        return c.getUniqueID() + " " + (c.getName() == null ? "" : c.getName());
    }
}
