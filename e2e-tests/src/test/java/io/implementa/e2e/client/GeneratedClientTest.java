package io.implementa.e2e.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.client.project.ApiClient;
import io.implementa.client.project.ApiException;
import io.implementa.client.project.api.DependenciesApi;
import io.implementa.client.project.api.ProjectsApi;
import io.implementa.client.project.api.ScheduleApi;
import io.implementa.client.project.api.TasksApi;
import io.implementa.client.project.model.CreateDependencyRequest;
import io.implementa.client.project.model.CreateProjectRequest;
import io.implementa.client.project.model.CreateTaskRequest;
import io.implementa.client.project.model.Dependency;
import io.implementa.client.project.model.LinkType;
import io.implementa.client.project.model.Person;
import io.implementa.client.project.model.Project;
import io.implementa.client.project.model.ProjectSchedule;
import io.implementa.client.project.model.ProjectStatus;
import io.implementa.client.project.model.ProjectType;
import io.implementa.client.project.model.ScheduledTask;
import io.implementa.client.project.model.Task;
import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Service;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The project-service as a client team uses it: through a typed Java client that the OpenAPI Generator made from
 * the service's stored document at build time (target/generated-test-sources/openapi-project). If the document
 * described a request or an answer wrongly, these typed calls would fail to serialise, deserialise or compile.
 */
@E2eTest
class GeneratedClientTest {

    @Test
    void aGeneratedClientPlansTwoLinkedTasksAndReadsTheirSchedule() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(E2e.url(Service.PROJECT));
        String token = E2e.token("alice");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        String key = Projects.uniqueKey();
        Project project = new ProjectsApi(client).createProject(new CreateProjectRequest()
                .key(key)
                .name("ERP roll-out " + key)
                .type(ProjectType.IMPLEMENTATION)
                .sponsor(person("sam"))
                .manager(person("alice"))
                .plannedStart(LocalDate.parse("2027-01-04"))
                .plannedEnd(LocalDate.parse("2027-12-17")));
        assertEquals(key, project.getKey());
        assertEquals(ProjectStatus.PROPOSED, project.getStatus());
        assertEquals("alice", project.getManager().getSubject());
        UUID projectId = project.getId();

        TasksApi tasks = new TasksApi(client);
        Task design = tasks.createTask(projectId, new CreateTaskRequest().name("Design the chart of accounts").duration(3));
        Task configure = tasks.createTask(projectId, new CreateTaskRequest().name("Configure the ledger").duration(2));
        Dependency link = new DependenciesApi(client).createDependency(projectId, new CreateDependencyRequest()
                .predecessorId(design.getId()).successorId(configure.getId()).type(LinkType.FS).lag(0));
        assertEquals(LinkType.FS, link.getType());

        ProjectSchedule schedule = new ScheduleApi(client).getSchedule(projectId, null);
        assertEquals(LocalDate.parse("2027-01-04"), schedule.getProjectStart());
        assertEquals(LocalDate.parse("2027-01-08"), schedule.getProjectFinish());
        ScheduledTask first = scheduled(schedule, design.getId());
        ScheduledTask second = scheduled(schedule, configure.getId());
        assertEquals(LocalDate.parse("2027-01-04"), first.getStart());
        assertEquals(LocalDate.parse("2027-01-06"), first.getFinish());
        assertEquals(LocalDate.parse("2027-01-07"), second.getStart());
        assertEquals(LocalDate.parse("2027-01-08"), second.getFinish());
        assertTrue(first.getCritical() && second.getCritical(), "both tasks are on the critical path");

        // Errors reach the client as its typed exception, carrying the problem+json the document describes.
        ApiException missing = assertThrows(ApiException.class, () -> tasks.getTask(projectId, UUID.randomUUID()));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("https://implementa.io/problems/not-found"),
                missing.getResponseBody());
    }

    private static Person person(String subject) {
        Map<String, String> person = E2e.person(subject);
        return new Person().subject(person.get("subject")).email(person.get("email")).name(person.get("name"));
    }

    private static ScheduledTask scheduled(ProjectSchedule schedule, UUID taskId) {
        return schedule.getTasks().stream().filter(task -> taskId.equals(task.getTaskId())).findFirst()
                .orElseThrow(() -> new AssertionError("task " + taskId + " is not in the schedule " + schedule));
    }
}
