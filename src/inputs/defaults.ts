/** Generated from action.yml by `npm run input-defaults`: do not edit (a test checks it is current). */
export const INPUT_DEFAULTS = {
  mode: 'deploy',
  'workflow-name': 'metriccare_etl_workflow',
  description: '',
  jobs: '',
  'start-on': 'on-demand',
  'event-batch-size': '1',
  'event-batch-window': '',
  tags: '',
  'max-concurrent-runs': '',
  'default-run-properties': '',
  'dry-run': 'false',
  'pr-comment': 'true',
  'github-token': '${{ github.token }}',
  region: '',
  'run-properties': '',
  wait: 'true',
  'timeout-minutes': '60',
  'stop-on-timeout': 'true',
  'poll-interval-seconds': '2',
  'max-poll-interval-seconds': '30',
  'if-running': 'fail',
  'stop-on-cancel': 'true',
  'run-id': '',
  'max-age-hours': '',
  'wait-minutes': '0'
} as const

export type InputName = keyof typeof INPUT_DEFAULTS
