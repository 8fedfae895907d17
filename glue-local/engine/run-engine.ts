import { concurrentRunsExceeded, entityNotFound, illegalWorkflowState, invalidInput } from '../protocol/glue-error.js'
import type { GlueStore } from '../state/store.js'
import type {
  ActionRecord,
  CrawlRecord,
  JobRunRecord,
  StringMap,
  TriggerRecord,
  WorkflowRecord,
  WorkflowRunRecord
} from '../state/types.js'
import type { Clock, TimerHandle } from '../util/clock.js'
import { newJobRunId, newWorkflowRunId, retryJobRunId } from '../util/ids.js'
import { clone } from '../util/objects.js'
import { predicateHolds, watches } from './predicate.js'
import { isTerminalCrawl, isTerminalJobRun } from './run-states.js'
import { planCrawl, planJobRun, type SimulationDefaults } from './simulation.js'
import { buildTriggerGraph, downstreamOf, nodeKey, type NodeType } from './trigger-graph.js'
import { definitionOnly } from './trigger-states.js'

const DEFAULT_JOB_TIMEOUT_MINUTES = 2880

/** A start trigger in these states does not fire on StartWorkflowRun (it is not, or no longer, fully there). */
const START_TRIGGER_BLOCKING_STATES = ['CREATING', 'UPDATING', 'DELETING']

/**
 * Runs workflows on the injected clock's timers: fires start triggers, simulates job runs and crawls, evaluates the run's frozen
 * conditional triggers on every terminal state, retries failed jobs (MaxRetries), completes, stops and resumes runs.
 */
export class RunEngine {
  private readonly timers = new Map<string, TimerHandle>()
  private closed = false

  constructor(
    private readonly store: GlueStore,
    private readonly simulation: () => SimulationDefaults,
    private readonly clock: Clock
  ) {}

  private get state() {
    return this.store.state
  }

  private now(): number {
    return this.clock.now()
  }

  private schedule(key: string, delayMs: number, action: () => void): void {
    this.clearTimer(key)
    if (this.closed) return
    const timer = this.clock.setTimer(
      () => {
        this.timers.delete(key)
        action()
        this.store.changed()
      },
      Math.max(0, delayMs)
    )
    this.timers.set(key, timer)
  }

  private clearTimer(key: string): void {
    const timer = this.timers.get(key)
    if (timer) this.clock.clearTimer(timer)
    this.timers.delete(key)
  }

  /** Cancels every pending timer (server close, or state reset). */
  cancelAll(): void {
    for (const timer of this.timers.values()) this.clock.clearTimer(timer)
    this.timers.clear()
  }

  close(): void {
    this.closed = true
    this.cancelAll()
  }

  /** Re-arms the timers of unfinished runs after the state was loaded from a file. */
  restoreTimers(): void {
    const now = this.now()
    for (const jobRun of Object.values(this.state.jobRuns)) {
      if (!isTerminalJobRun(jobRun.JobRunState)) {
        this.schedule(`job:${jobRun.Id}`, (jobRun.simPlannedEndAt ?? now) - now, () => this.finishJobRun(jobRun.Id))
      }
    }
    for (const crawl of Object.values(this.state.crawls)) {
      if (!isTerminalCrawl(crawl.State)) {
        this.schedule(`crawl:${crawl.simId}`, (crawl.simPlannedEndAt ?? now) - now, () => this.finishCrawl(crawl.simId))
      }
    }
    for (const run of Object.values(this.state.workflowRuns)) {
      if (run.Status === 'RUNNING' || run.Status === 'STOPPING')
        this.schedule(`run:${run.WorkflowRunId}`, 0, () => this.checkCompletion(run))
    }
  }

  // ---------------------------------------------------------------- workflow runs

  /** The trigger as it is now (for the run graph's live trigger states). */
  currentTrigger(name: string): TriggerRecord | undefined {
    return this.state.triggers[name]
  }

  activeRuns(workflowName: string): WorkflowRunRecord[] {
    return Object.values(this.state.workflowRuns).filter(
      (run) => run.Name === workflowName && (run.Status === 'RUNNING' || run.Status === 'STOPPING')
    )
  }

  private assertCanStart(workflow: WorkflowRecord): void {
    if (
      workflow.MaxConcurrentRuns !== undefined &&
      this.activeRuns(workflow.Name).length >= workflow.MaxConcurrentRuns
    ) {
      throw concurrentRunsExceeded(`Concurrent runs exceeded for workflow: ${workflow.Name}`)
    }
  }

  private newRun(workflow: WorkflowRecord, properties: StringMap, triggers: TriggerRecord[]): WorkflowRunRecord {
    const run: WorkflowRunRecord = {
      Name: workflow.Name,
      WorkflowRunId: newWorkflowRunId(),
      WorkflowRunProperties: properties,
      StartedOn: this.now(),
      Status: 'RUNNING',
      simTriggers: triggers,
      simFiredTriggers: [],
      simJobRunIds: [],
      simCrawlIds: [],
      simInheritedJobRunIds: [],
      simInheritedCrawlIds: []
    }
    this.state.workflowRuns[run.WorkflowRunId] = run
    workflow.simLastRunId = run.WorkflowRunId
    return run
  }

  /**
   * Starts a workflow run: freezes the workflow's current triggers (their states included: only the conditional
   * triggers ACTIVATED now can fire in this run), merges RunProperties over DefaultRunProperties and fires the start
   * trigger (ON_DEMAND, SCHEDULED or EVENT) whatever its activation — unless it is still CREATING, UPDATING or
   * DELETING. Without a start trigger that can fire, the run completes at once with no actions.
   */
  startWorkflowRun(workflowName: string, runProperties: StringMap = {}): WorkflowRunRecord {
    const workflow = this.state.workflows[workflowName]
    if (!workflow) throw entityNotFound(`Workflow ${workflowName} not found`)
    this.assertCanStart(workflow)
    const triggers = Object.values(this.state.triggers)
      .filter((trigger) => trigger.WorkflowName === workflowName)
      .map(definitionOnly)
    const run = this.newRun(workflow, { ...workflow.DefaultRunProperties, ...runProperties }, triggers)
    const startTrigger = triggers.find((trigger) => trigger.Type !== 'CONDITIONAL')
    if (startTrigger && !START_TRIGGER_BLOCKING_STATES.includes(startTrigger.State)) {
      this.fireActions(run, startTrigger)
    }
    this.checkCompletion(run)
    return run
  }

  /**
   * Resumes a COMPLETED run from the given JOB/CRAWLER nodes: they and everything downstream run again in a new run
   * (PreviousRunId = the original); the other nodes keep the original's results. Returns the nodes actually restarted
   * (a node downstream of another listed node is dropped).
   */
  resumeWorkflowRun(workflowName: string, runId: string, nodeIds: string[]): { RunId: string; NodeIds: string[] } {
    const workflow = this.state.workflows[workflowName]
    if (!workflow) throw entityNotFound(`Workflow ${workflowName} not found`)
    const original = this.state.workflowRuns[runId]
    if (!original || original.Name !== workflowName) throw entityNotFound(`Workflow run ${runId} not found`)
    if (original.Status !== 'COMPLETED') {
      throw illegalWorkflowState(
        `Workflow run ${runId} is in state ${original.Status}; only a COMPLETED run can be resumed`
      )
    }
    const graph = buildTriggerGraph(workflowName, original.simTriggers)
    const originalJobRuns = this.runJobRuns(original, true)
    const originalCrawls = this.runCrawls(original, true)
    const selected = [...new Set(nodeIds)].map((id) => {
      const node = graph.nodes.find((n) => n.UniqueId === id)
      if (!node) throw invalidInput(`Node ${id} is not a node of workflow run ${runId}`)
      if (node.Type === 'TRIGGER')
        throw invalidInput(`Node ${id} is a trigger; only JOB and CRAWLER nodes can be resumed`)
      const ran =
        node.Type === 'JOB'
          ? originalJobRuns.some((jr) => jr.JobName === node.Name)
          : originalCrawls.some((c) => c.simCrawlerName === node.Name)
      if (!ran) throw invalidInput(`Node ${id} (${node.Name}) has no run attempt in workflow run ${runId}`)
      return node
    })
    if (selected.length === 0) throw invalidInput('NodeIds must list at least one JOB or CRAWLER node')
    this.assertCanStart(workflow)
    const refs = selected.map((node) => ({ type: node.Type, name: node.Name }))
    const downstream = downstreamOf(original.simTriggers, refs)
    const restarted = selected.filter((node) => !downstream.nodes.has(nodeKey(node.Type, node.Name)))
    const rerun = new Set([...downstream.nodes, ...refs.map((ref) => nodeKey(ref.type, ref.name))])
    const run = this.newRun(workflow, clone(original.WorkflowRunProperties), clone(original.simTriggers))
    run.PreviousRunId = original.WorkflowRunId
    run.simFiredTriggers = original.simFiredTriggers.filter((name) => !downstream.triggers.has(name))
    run.simInheritedJobRunIds = originalJobRuns
      .filter((jr) => !rerun.has(nodeKey('JOB', jr.JobName)))
      .map((jr) => jr.Id)
    run.simInheritedCrawlIds = originalCrawls
      .filter((c) => !rerun.has(nodeKey('CRAWLER', c.simCrawlerName)))
      .map((c) => c.simId)
    for (const node of restarted) {
      if (node.Type === 'JOB') {
        const previous = originalJobRuns.filter((jr) => jr.JobName === node.Name).at(-1)
        const trigger = run.simTriggers.find((t) => t.Name === previous?.TriggerName)
        const action = trigger?.Actions.find((a) => a.JobName === node.Name) ?? { JobName: node.Name }
        this.startJobRun(run, action, trigger?.Name)
      } else {
        const previous = originalCrawls.filter((c) => c.simCrawlerName === node.Name).at(-1)
        this.startCrawl(run, node.Name, previous?.simTriggerName)
      }
    }
    this.checkCompletion(run)
    return { RunId: run.WorkflowRunId, NodeIds: restarted.map((node) => node.UniqueId) }
  }

  /** StopWorkflowRun: RUNNING → STOPPING (running job runs STOPPING, crawls CANCELLING) → STOPPED. */
  stopWorkflowRun(workflowName: string, runId: string): void {
    const run = this.state.workflowRuns[runId]
    if (!run || run.Name !== workflowName) throw entityNotFound(`Workflow run ${runId} not found`)
    if (run.Status !== 'RUNNING') {
      throw illegalWorkflowState(`Workflow run ${runId} is in state ${run.Status} and cannot be stopped`)
    }
    run.Status = 'STOPPING'
    const stopMs = this.simulation().stopDurationMs
    for (const jobRun of this.runJobRuns(run, false)) {
      if (!isTerminalJobRun(jobRun.JobRunState)) this.stopJobRunRecord(jobRun, stopMs)
    }
    for (const crawl of this.runCrawls(run, false)) {
      if (!isTerminalCrawl(crawl.State)) {
        crawl.State = 'CANCELLING'
        crawl.simPlannedOutcome = undefined
        crawl.simPlannedEndAt = this.now() + stopMs
        this.schedule(`crawl:${crawl.simId}`, stopMs, () => this.finishCrawl(crawl.simId))
      }
    }
    this.schedule(`run:${runId}`, stopMs, () => this.checkCompletion(run))
  }

  /** Starts the actions of an ON_DEMAND trigger (StartTrigger): a workflow run for a workflow's start trigger. */
  fireOnDemandTrigger(trigger: TriggerRecord): void {
    if (trigger.WorkflowName) {
      this.startWorkflowRun(trigger.WorkflowName)
      return
    }
    for (const action of trigger.Actions) if (action.JobName) this.startJobRun(undefined, action, trigger.Name)
  }

  /** Deletes a workflow's runs (DeleteWorkflow), stopping the unfinished job runs and crawls first. */
  dropWorkflowRuns(workflowName: string): void {
    for (const run of Object.values(this.state.workflowRuns).filter((r) => r.Name === workflowName)) {
      for (const jobRun of this.runJobRuns(run, false)) {
        if (!isTerminalJobRun(jobRun.JobRunState)) {
          this.clearTimer(`job:${jobRun.Id}`)
          this.completeJobRun(jobRun, 'STOPPED', undefined)
        }
      }
      for (const crawl of this.runCrawls(run, false)) {
        this.clearTimer(`crawl:${crawl.simId}`)
        delete this.state.crawls[crawl.simId]
      }
      this.clearTimer(`run:${run.WorkflowRunId}`)
      delete this.state.workflowRuns[run.WorkflowRunId]
    }
  }

  // ---------------------------------------------------------------- job runs

  /** StartJobRun outside a workflow: runs the job on its own; no workflow trigger fires. */
  startStandaloneJobRun(action: ActionRecord): JobRunRecord {
    return this.startJobRun(undefined, action, undefined)
  }

  /** BatchStopJobRun for one id: STOPPING now, STOPPED after the stop duration. */
  stopJobRun(jobRun: JobRunRecord): void {
    this.stopJobRunRecord(jobRun, this.simulation().stopDurationMs)
  }

  private stopJobRunRecord(jobRun: JobRunRecord, stopMs: number): void {
    jobRun.JobRunState = 'STOPPING'
    jobRun.LastModifiedOn = this.now()
    jobRun.simPlannedOutcome = undefined
    jobRun.simPlannedEndAt = this.now() + stopMs
    this.schedule(`job:${jobRun.Id}`, stopMs, () => this.finishJobRun(jobRun.Id))
  }

  /** Job runs of a workflow run in start order (optionally with those inherited from the resumed run). */
  runJobRuns(run: WorkflowRunRecord, includeInherited: boolean): JobRunRecord[] {
    const ids = includeInherited ? [...run.simInheritedJobRunIds, ...run.simJobRunIds] : run.simJobRunIds
    return ids.map((id) => this.state.jobRuns[id]).filter((jr): jr is JobRunRecord => jr !== undefined)
  }

  runCrawls(run: WorkflowRunRecord, includeInherited: boolean): CrawlRecord[] {
    const ids = includeInherited ? [...run.simInheritedCrawlIds, ...run.simCrawlIds] : run.simCrawlIds
    return ids.map((id) => this.state.crawls[id]).filter((c): c is CrawlRecord => c !== undefined)
  }

  private fireActions(run: WorkflowRunRecord, trigger: TriggerRecord): void {
    for (const action of trigger.Actions) {
      if (action.JobName) this.startJobRun(run, action, trigger.Name)
      else if (action.CrawlerName) this.startCrawl(run, action.CrawlerName, trigger.Name)
    }
  }

  private startJobRun(
    run: WorkflowRunRecord | undefined,
    action: ActionRecord,
    triggerName: string | undefined,
    retryOf?: JobRunRecord
  ): JobRunRecord {
    const jobName = action.JobName!
    const job = this.state.jobs[jobName]
    const attempt = retryOf ? retryOf.Attempt + 1 : 0
    const firstRunId = retryOf?.simFirstRunId ?? newJobRunId()
    const id = retryOf ? retryJobRunId(firstRunId, attempt) : firstRunId
    const now = this.now()
    const runArguments: StringMap = { ...action.Arguments }
    if (run) {
      runArguments['--WORKFLOW_NAME'] = run.Name
      runArguments['--WORKFLOW_RUN_ID'] = run.WorkflowRunId
    }
    const timeout = action.Timeout ?? job?.Timeout ?? DEFAULT_JOB_TIMEOUT_MINUTES
    const jobRun: JobRunRecord = {
      Id: id,
      Attempt: attempt,
      PreviousRunId: retryOf?.Id,
      TriggerName: triggerName,
      JobName: jobName,
      StartedOn: now,
      LastModifiedOn: now,
      JobRunState: 'RUNNING',
      Arguments: runArguments,
      Timeout: timeout,
      simWorkflowName: run?.Name,
      simWorkflowRunId: run?.WorkflowRunId,
      simFirstRunId: firstRunId
    }
    if (job) {
      for (const key of ['MaxCapacity', 'WorkerType', 'NumberOfWorkers', 'GlueVersion'] as const) {
        if (job[key] !== undefined) (jobRun as unknown as Record<string, unknown>)[key] = job[key]
      }
    }
    const limit = job?.ExecutionProperty?.MaxConcurrentRuns ?? 1
    const busy =
      job &&
      Object.values(this.state.jobRuns).filter((jr) => jr.JobName === jobName && !isTerminalJobRun(jr.JobRunState))
    this.state.jobRuns[id] = jobRun
    run?.simJobRunIds.push(id)
    if (!job) {
      // Glue records ERROR when a workflow trigger tries to run a job that no longer exists.
      this.planImmediateEnd(jobRun, 'ERROR', `Entity Not Found: job ${jobName} does not exist`)
      return jobRun
    }
    if (busy && busy.length >= limit) {
      this.planImmediateEnd(jobRun, 'FAILED', 'Max concurrent runs exceeded')
      return jobRun
    }
    const merged = { ...job.DefaultArguments, ...action.Arguments, ...job.NonOverridableArguments }
    const plan = planJobRun(jobName, attempt, timeout, merged, run?.WorkflowRunProperties ?? {}, this.simulation())
    jobRun.simPlannedEndAt = now + plan.durationMs
    jobRun.simPlannedOutcome = plan.outcome
    jobRun.simPlannedErrorMessage = plan.errorMessage
    this.schedule(`job:${id}`, plan.durationMs, () => this.finishJobRun(id))
    return jobRun
  }

  private planImmediateEnd(jobRun: JobRunRecord, outcome: 'FAILED' | 'ERROR', message: string): void {
    jobRun.simPlannedEndAt = jobRun.StartedOn
    jobRun.simPlannedOutcome = outcome
    jobRun.simPlannedErrorMessage = message
    this.schedule(`job:${jobRun.Id}`, 0, () => this.finishJobRun(jobRun.Id))
  }

  private completeJobRun(jobRun: JobRunRecord, state: string, errorMessage: string | undefined): void {
    const now = this.now()
    jobRun.JobRunState = state
    jobRun.CompletedOn = now
    jobRun.LastModifiedOn = now
    if (errorMessage) jobRun.ErrorMessage = errorMessage
    delete jobRun.simPlannedEndAt
  }

  private finishJobRun(id: string): void {
    const jobRun = this.state.jobRuns[id]
    if (!jobRun || isTerminalJobRun(jobRun.JobRunState)) return
    const outcome = jobRun.JobRunState === 'STOPPING' ? 'STOPPED' : (jobRun.simPlannedOutcome ?? 'SUCCEEDED')
    this.completeJobRun(jobRun, outcome, outcome === 'STOPPED' ? undefined : jobRun.simPlannedErrorMessage)
    this.afterJobRunTerminal(jobRun)
  }

  private afterJobRunTerminal(jobRun: JobRunRecord): void {
    const run = jobRun.simWorkflowRunId ? this.state.workflowRuns[jobRun.simWorkflowRunId] : undefined
    const job = this.state.jobs[jobRun.JobName]
    const canRetry = run === undefined ? !jobRun.simWorkflowRunId : run.Status === 'RUNNING'
    if (canRetry && jobRun.JobRunState === 'FAILED' && job && jobRun.Attempt < (job.MaxRetries ?? 0)) {
      const action: ActionRecord = {
        JobName: jobRun.JobName,
        Arguments: this.actionArguments(jobRun),
        Timeout: jobRun.Timeout
      }
      this.startJobRun(run, action, jobRun.TriggerName, jobRun)
      return
    }
    if (!run) return
    if (run.Status === 'RUNNING') this.evaluateTriggers(run, 'JOB', jobRun.JobName)
    this.checkCompletion(run)
  }

  private actionArguments(jobRun: JobRunRecord): StringMap {
    const args = { ...jobRun.Arguments }
    delete args['--WORKFLOW_NAME']
    delete args['--WORKFLOW_RUN_ID']
    return args
  }

  // ---------------------------------------------------------------- crawls

  private startCrawl(run: WorkflowRunRecord, crawlerName: string, triggerName: string | undefined): void {
    const crawler = this.state.crawlers[crawlerName]
    const now = this.now()
    const id = `crawl_${newJobRunId().slice(3)}`
    const crawl: CrawlRecord = {
      simId: id,
      simCrawlerName: crawlerName,
      simWorkflowRunId: run.WorkflowRunId,
      simTriggerName: triggerName,
      State: 'RUNNING',
      StartedOn: now,
      LogGroup: '/aws-glue/crawlers',
      LogStream: crawlerName
    }
    this.state.crawls[id] = crawl
    run.simCrawlIds.push(id)
    if (!crawler || crawler.State === 'RUNNING') {
      crawl.simPlannedEndAt = now
      crawl.simPlannedOutcome = 'ERROR'
      crawl.simPlannedErrorMessage = crawler
        ? `Crawler with name ${crawlerName} has already started`
        : `Entity Not Found: crawler ${crawlerName} does not exist`
      this.schedule(`crawl:${id}`, 0, () => this.finishCrawl(id))
      return
    }
    const plan = planCrawl(crawlerName, run.WorkflowRunProperties, this.simulation())
    crawler.State = 'RUNNING'
    crawl.simPlannedEndAt = now + plan.durationMs
    crawl.simPlannedOutcome = plan.outcome
    crawl.simPlannedErrorMessage = plan.errorMessage
    this.schedule(`crawl:${id}`, plan.durationMs, () => this.finishCrawl(id))
  }

  private finishCrawl(id: string): void {
    const crawl = this.state.crawls[id]
    if (!crawl || isTerminalCrawl(crawl.State)) return
    const now = this.now()
    const state = crawl.State === 'CANCELLING' ? 'CANCELLED' : (crawl.simPlannedOutcome ?? 'SUCCEEDED')
    crawl.State = state
    crawl.CompletedOn = now
    if (state === 'FAILED' || state === 'ERROR') crawl.ErrorMessage = crawl.simPlannedErrorMessage
    delete crawl.simPlannedEndAt
    const crawler = this.state.crawlers[crawl.simCrawlerName]
    if (crawler && state !== 'ERROR') {
      crawler.State = 'READY'
      crawler.CrawlElapsedTime = 0
      crawler.simLastCrawl = { Status: state, ErrorMessage: crawl.ErrorMessage, StartTime: crawl.StartedOn }
    }
    this.afterCrawlTerminal(crawl)
  }

  private afterCrawlTerminal(crawl: CrawlRecord): void {
    const run = this.state.workflowRuns[crawl.simWorkflowRunId]
    if (!run) return
    if (run.Status === 'RUNNING') this.evaluateTriggers(run, 'CRAWLER', crawl.simCrawlerName)
    this.checkCompletion(run)
  }

  // ---------------------------------------------------------------- triggers and completion

  private latestState(run: WorkflowRunRecord, type: NodeType, name: string): string | undefined {
    if (type === 'JOB') {
      const latest = this.runJobRuns(run, true)
        .filter((jr) => jr.JobName === name)
        .at(-1)
      return latest && isTerminalJobRun(latest.JobRunState) ? latest.JobRunState : undefined
    }
    const latest = this.runCrawls(run, true)
      .filter((c) => c.simCrawlerName === name)
      .at(-1)
    return latest && isTerminalCrawl(latest.State) ? latest.State : undefined
  }

  /** Fires the run's ACTIVATED conditional triggers that watch the node and whose predicate now holds (once per run). */
  private evaluateTriggers(run: WorkflowRunRecord, type: NodeType, name: string): void {
    for (const trigger of run.simTriggers) {
      if (trigger.Type !== 'CONDITIONAL' || trigger.State !== 'ACTIVATED') continue
      if (run.simFiredTriggers.includes(trigger.Name) || !watches(trigger, type, name)) continue
      if (!predicateHolds(trigger, (t, n) => this.latestState(run, t, n))) continue
      run.simFiredTriggers.push(trigger.Name)
      this.fireActions(run, trigger)
    }
  }

  /** RUNNING → COMPLETED (STOPPING → STOPPED) once nothing of the run is running any more. */
  private checkCompletion(run: WorkflowRunRecord): void {
    if (run.Status !== 'RUNNING' && run.Status !== 'STOPPING') return
    const busy =
      this.runJobRuns(run, false).some((jr) => !isTerminalJobRun(jr.JobRunState)) ||
      this.runCrawls(run, false).some((c) => !isTerminalCrawl(c.State))
    if (busy) return
    if (run.Status === 'STOPPING' && this.timers.has(`run:${run.WorkflowRunId}`)) return
    run.Status = run.Status === 'RUNNING' ? 'COMPLETED' : 'STOPPED'
    run.CompletedOn = this.now()
  }
}
