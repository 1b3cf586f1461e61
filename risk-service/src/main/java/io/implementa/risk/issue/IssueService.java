package io.implementa.risk.issue;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.risk.issue.IssueApi.IssuePatch;
import io.implementa.risk.issue.IssueApi.IssueView;
import io.implementa.risk.issue.IssueApi.RaiseIssueRequest;
import io.implementa.risk.register.RiskRegister;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Use cases of the issue log; each write commits the change and its event together. */
@ApplicationScoped
public class IssueService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "dueDate", "dueDate");

    private final Outbox outbox;
    private final Clock clock;

    public IssueService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public IssueView raise(UUID projectId, RaiseIssueRequest request, PersonRef by) {
        RiskRegister register = openRegister(projectId);
        Issue issue = Issue.raise(projectId, null, request.title(), request.description(), request.severity(),
                request.owner(), by, request.dueDate(), clock.instant());
        issue.persistAndFlush();
        outbox.publish(projectId, issue.id, IssueEvents.IssueRaised.of(issue, register.projectKey, null));
        return IssueView.of(issue);
    }

    /** The issue a risk becomes when it occurs, owned by the risk's owner; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raiseForOccurredRisk(RiskRegister register, UUID riskId, String riskKey, String title,
            IssueSeverity severity, PersonRef owner, PersonRef by, String reason) {
        Issue issue = Issue.raise(register.projectId, riskId, title, reason, severity, owner, by, null,
                clock.instant());
        issue.persist();
        outbox.publish(register.projectId, issue.id, IssueEvents.IssueRaised.of(issue, register.projectKey, riskKey));
    }

    @Transactional
    public IssueView change(UUID projectId, UUID issueId, IfMatch ifMatch, IssuePatch patch, PersonRef by) {
        RiskRegister register = openRegister(projectId);
        Issue issue = Issue.<Issue>find("id = ?1 and projectId = ?2", issueId, projectId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new ProblemException.NotFound("issue", issueId));
        ifMatch.check(issue.version);
        IssueStatus before = issue.status;
        issue.change(Patch.required(patch.title(), issue.title, "title"),
                Patch.optional(patch.description(), issue.description),
                Patch.required(patch.severity(), issue.severity, "severity"),
                Patch.required(patch.owner(), issue.owner, "owner"),
                Patch.optional(patch.dueDate(), issue.dueDate),
                Patch.required(patch.status(), issue.status, "status"),
                Patch.optional(patch.resolution(), issue.resolution), clock.instant());
        issue.persistAndFlush();
        if (before != IssueStatus.RESOLVED && issue.status == IssueStatus.RESOLVED) {
            outbox.publish(projectId, issue.id, IssueEvents.IssueResolved.of(issue, register.projectKey, by));
        }
        return IssueView.of(issue);
    }

    public Optional<IssueView> find(UUID projectId, UUID issueId) {
        return Issue.<Issue>find("id = ?1 and projectId = ?2", issueId, projectId).firstResultOptional()
                .map(IssueView::of);
    }

    /** One page of the project's issues, newest first unless asked otherwise; empty if it has no register. */
    public Optional<PageView<IssueView>> list(UUID projectId, IssueStatus status, IssueSeverity severity,
            UUID riskId, PageRequest page) {
        if (RiskRegister.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        List<String> conditions = new ArrayList<>(List.of("projectId = :projectId"));
        Parameters parameters = Parameters.with("projectId", projectId);
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (severity != null) {
            conditions.add("severity = :severity");
            parameters.and("severity", severity);
        }
        if (riskId != null) {
            conditions.add("riskId = :riskId");
            parameters.and("riskId", riskId);
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("createdAt", Sort.Direction.Descending).and("id"));
        return Optional.of(PageView.of(Issue.find(String.join(" and ", conditions), sort, parameters), page,
                IssueView::of));
    }

    private static RiskRegister openRegister(UUID projectId) {
        RiskRegister register = RiskRegister.<RiskRegister>findByIdOptional(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId));
        register.requireOpen();
        return register;
    }
}
