package dk.ressourceplan.plans;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a plan's followers are told of its job, by the event's name: its {@code status} as it waits and starts, its
 * {@code best} plan so far, and {@code done} at the end.
 */
public sealed interface JobEvent {

    /** The event's name on the stream. */
    String name();

    /** The event as a school leader sees it: without the whole plan's score, KPIs and changes. */
    JobEvent withoutFigures();

    record Status(SolveState status, Integer queuePosition) implements JobEvent {

        @Override
        public String name() {
            return "status";
        }

        @Override
        public Status withoutFigures() {
            return this;
        }
    }

    record Best(String score, JsonNode kpis, double secondsSpent) implements JobEvent {

        @Override
        public String name() {
            return "best";
        }

        @Override
        public Best withoutFigures() {
            return new Best(null, null, secondsSpent);
        }
    }

    /**
     * @param changes after a rerun, what it changed in the plan it started from, in words; null after a solve
     * @param error   why the job failed; null if it did not
     */
    record Done(SolveState status, String score, JsonNode kpis, Integer revision, List<PlanDiff.Entry> changes,
            JobFailure error) implements JobEvent {

        @Override
        public String name() {
            return "done";
        }

        @Override
        public Done withoutFigures() {
            return new Done(status, null, null, null, null, error);
        }
    }
}
