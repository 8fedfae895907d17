export const TERMINAL_JOB_RUN_STATES = new Set(['STOPPED', 'SUCCEEDED', 'FAILED', 'TIMEOUT', 'ERROR', 'EXPIRED'])
export const TERMINAL_CRAWL_STATES = new Set(['CANCELLED', 'SUCCEEDED', 'FAILED', 'ERROR'])
/** States a conditional trigger can listen for (JobRunState and CrawlState in the Glue model). */
export const LISTENABLE_JOB_STATES = ['SUCCEEDED', 'STOPPED', 'FAILED', 'TIMEOUT']
export const LISTENABLE_CRAWL_STATES = ['SUCCEEDED', 'FAILED', 'CANCELLED']

export const isTerminalJobRun = (state: string) => TERMINAL_JOB_RUN_STATES.has(state)
export const isTerminalCrawl = (state: string) => TERMINAL_CRAWL_STATES.has(state)
