package io.implementa.project.cost;

/**
 * Labour cost that the resource-service reports in approved timesheets, as kept in {@code labour_cost}. Only rows in
 * the budget's currency count (nothing is converted; a project without a budget has no currency, so none counts);
 * the others are kept and reported as excluded labour.
 */
final class LabourCosts {

    private static final String COUNTED = "from labour_cost l join project_budget b on b.project_id = l.project_id "
            + "and b.currency = l.currency where l.project_id = ?1";

    static final String SUM = "select coalesce(sum(l.cost), 0) " + COUNTED;
    static final String SUM_UP_TO = "select coalesce(sum(l.cost), 0) " + COUNTED + " and l.work_date <= ?2";
    /** Labour in another currency than the budget's, per currency: currency, hours, cost, entries. */
    static final String EXCLUDED = "select l.currency, sum(l.hours), sum(l.cost), count(*) from labour_cost l "
            + "join project_budget b on b.project_id = l.project_id and b.currency <> l.currency "
            + "where l.project_id = ?1 group by l.currency order by l.currency";

    private LabourCosts() {
    }
}
