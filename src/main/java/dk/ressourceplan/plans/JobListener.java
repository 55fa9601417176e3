package dk.ressourceplan.plans;

/** Where the jobs' events go: to the plan's followers, whom the api keeps as server-sent event streams. */
public interface JobListener {

    void send(String planId, JobEvent event);

    /** The plan's job has ended: its last event, after which its followers are let go. */
    void finish(String planId, JobEvent.Done done);
}
