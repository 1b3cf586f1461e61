package io.implementa.project.cost;

/** Labour cost that the resource-service reports in approved timesheets, as kept in {@code labour_cost}. */
final class LabourCosts {

    static final String SUM = "select coalesce(sum(cost), 0) from labour_cost where project_id = ?1";
    static final String SUM_UP_TO = "select coalesce(sum(cost), 0) from labour_cost where project_id = ?1 "
            + "and work_date <= ?2";

    private LabourCosts() {
    }
}
