package io.implementa.bench.utilisation;

import io.implementa.resource.allocation.Allocation;
import io.implementa.resource.allocation.AllocationApi.UtilisationPeriod;
import io.implementa.resource.allocation.AllocationKind;
import io.implementa.resource.allocation.Load;
import io.implementa.resource.allocation.UtilisationService;
import io.implementa.resource.capacity.Granularity;
import io.implementa.resource.capacity.Window;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Utilisation of 1,000 people over 2 years, in process over the resource-service's own code
 * ({@link UtilisationService#periods}, {@link Load#overloads}): what a bulk utilisation request costs once its
 * capacity and allocations are loaded (the database reads are not measured). Each person works 8 h Monday to
 * Friday minus 10 holidays a year, and has {@code allocationsPerPerson} allocations of 2 weeks to 6 months
 * across the window, in percent or hours, three in four HARD.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UtilisationBenchmark {

    static final LocalDate FROM = LocalDate.of(2027, 1, 4);
    static final Window WINDOW = new Window(FROM, FROM.plusYears(2).minusDays(1));

    @Param({ "1000" })
    public int people;

    @Param({ "12", "48" })
    public int allocationsPerPerson;

    double[][] capacity;
    List<List<Allocation>> allocations;
    List<List<Allocation>> hardAllocations;
    List<Granularity.Period> days;
    List<Granularity.Period> weeks;
    List<Granularity.Period> months;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        capacity = new double[people][];
        allocations = new ArrayList<>(people);
        hardAllocations = new ArrayList<>(people);
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        for (int p = 0; p < people; p++) {
            double[] hours = new double[WINDOW.days()];
            for (int i = 0; i < hours.length; i++) {
                DayOfWeek day = FROM.plusDays(i).getDayOfWeek();
                hours[i] = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? 0 : 8;
            }
            for (int h = 0; h < 20; h++) {
                hours[random.nextInt(hours.length)] = 0;
            }
            capacity[p] = hours;
            UUID resource = UUID.randomUUID();
            List<Allocation> mine = new ArrayList<>();
            for (int a = 0; a < allocationsPerPerson; a++) {
                LocalDate start = FROM.plusDays(random.nextInt(WINDOW.days() - 14));
                LocalDate end = start.plusDays(14 + random.nextInt(170));
                if (end.isAfter(WINDOW.to())) {
                    end = WINDOW.to();
                }
                boolean inPercent = random.nextBoolean();
                BigDecimal percent = inPercent ? BigDecimal.valueOf(10 + random.nextInt(60)) : null;
                BigDecimal hoursPerDay = inPercent ? null : BigDecimal.valueOf(1 + random.nextInt(5));
                AllocationKind kind = random.nextInt(4) == 0 ? AllocationKind.SOFT : AllocationKind.HARD;
                mine.add(Allocation.assign(resource, UUID.randomUUID(),
                        new Allocation.Terms(start, end, percent, hoursPerDay, kind, null), now));
            }
            allocations.add(mine);
            hardAllocations.add(mine.stream().filter(Allocation::isHard).toList());
        }
        days = Granularity.DAY.split(WINDOW.from(), WINDOW.to());
        weeks = Granularity.WEEK.split(WINDOW.from(), WINDOW.to());
        months = Granularity.MONTH.split(WINDOW.from(), WINDOW.to());
    }

    /** Weekly utilisation of every person over the 2 years (104 rows each). */
    @Benchmark
    public void utilisationByWeek(Blackhole sink) {
        for (int p = 0; p < people; p++) {
            List<UtilisationPeriod> rows = UtilisationService.periods(capacity[p], WINDOW, allocations.get(p), weeks);
            sink.consume(rows);
        }
    }

    /** Monthly utilisation of every person over the 2 years (24 rows each). */
    @Benchmark
    public void utilisationByMonth(Blackhole sink) {
        for (int p = 0; p < people; p++) {
            sink.consume(UtilisationService.periods(capacity[p], WINDOW, allocations.get(p), months));
        }
    }

    /** Daily utilisation of every person over the 2 years (730 rows each): the largest response. */
    @Benchmark
    public void utilisationByDay(Blackhole sink) {
        for (int p = 0; p < people; p++) {
            sink.consume(UtilisationService.periods(capacity[p], WINDOW, allocations.get(p), days));
        }
    }

    /** The over-allocation sweep of every person over their HARD allocations. */
    @Benchmark
    public void overAllocationSweep(Blackhole sink) {
        for (int p = 0; p < people; p++) {
            sink.consume(Load.overloads(hardAllocations.get(p), capacity[p], WINDOW));
        }
    }
}
