package io.implementa.project.cost;

/** What money is spent on; actual costs and planned fixed costs carry one. */
public enum CostCategory {
    LABOUR, LICENCES, HARDWARE, SERVICES, OTHER
}
