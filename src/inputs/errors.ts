/** A problem with one action input. Its message is the single line the user sees. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string
  ) {
    super(`Input '${input}': ${problem}`)
    this.name = 'InputError'
  }
}

/** A problem with an environment variable the action reads. Its message, naming the variable, is the line shown. */
export class EnvironmentError extends Error {
  constructor(
    readonly variable: string,
    problem: string
  ) {
    super(`Environment variable ${variable}: ${problem}`)
    this.name = 'EnvironmentError'
  }
}
