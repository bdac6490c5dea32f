/**
 * How many event jobs the worker keeps active. What costs memory is the events those jobs hold
 * (parsed, normalized, serialized), and a job holds one event or an edge's whole micro-batch, so
 * the budget is set in events: about `budgetBytes` of payload, within [minEvents, maxEvents]
 * (measured: worker RSS 437 MB with 500 events of 50 KB in flight, 322 MB with 200), turned
 * into jobs by the recent average of events per job.
 */
export interface InFlightBudget {
  budgetBytes: number;
  /** Below this, two batches in flight would be too small to pay off. */
  minEvents: number;
  maxEvents: number;
  /** BullMQ's concurrency never goes above this. */
  maxJobs: number;
  /**
   * The most jobs taken beyond the active ones. BullMQ fetches up to its concurrency before it
   * starts any of them, and a job's size is known only once it starts, so a backlog of batch jobs
   * after a stretch of single-event ones would otherwise arrive all at once.
   */
  lookaheadJobs: number;
}

/** The events to keep in flight when payloads average `averageBytes`. */
export function eventsInFlight(averageBytes: number, budget: InFlightBudget): number {
  if (!(averageBytes > 0)) return budget.maxEvents;
  const events = Math.floor(budget.budgetBytes / averageBytes);
  return Math.max(budget.minEvents, Math.min(budget.maxEvents, events));
}

/** What the worker holds now, and what its recent jobs looked like. */
export interface InFlightState {
  averageBytes: number;
  averageEventsPerJob: number;
  /** Events of the jobs being processed. */
  heldEvents: number;
  activeJobs: number;
}

/**
 * The worker's concurrency (active jobs): the jobs already active plus room for the events still
 * missing from the budget, at the recent events per job, at most `lookaheadJobs` of them. When
 * jobs larger than the average hold more than the budget, it falls to the active count, so
 * BullMQ fetches no job until some finish.
 */
export function concurrencyFor(state: InFlightState, budget: InFlightBudget): number {
  const room = eventsInFlight(state.averageBytes, budget) - state.heldEvents;
  const jobsOfRoom = Math.ceil(room / Math.max(1, state.averageEventsPerJob));
  const jobs = state.activeJobs + Math.max(0, Math.min(budget.lookaheadJobs, jobsOfRoom));
  return Math.max(1, Math.min(budget.maxJobs, jobs));
}
