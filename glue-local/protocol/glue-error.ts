/** An error answered to the client as an AWS JSON 1.1 error: `{"__type": name, "Message": message}`. */
export class GlueError extends Error {
  readonly type: string
  readonly statusCode: number

  constructor(type: string, message: string, statusCode = 400) {
    super(message)
    this.name = type
    this.type = type
    this.statusCode = statusCode
  }
}

export const entityNotFound = (message: string) => new GlueError('EntityNotFoundException', message)
export const invalidInput = (message: string) => new GlueError('InvalidInputException', message)
export const alreadyExists = (message: string) => new GlueError('AlreadyExistsException', message)
export const concurrentModification = (message: string) => new GlueError('ConcurrentModificationException', message)
export const illegalWorkflowState = (message: string) => new GlueError('IllegalWorkflowStateException', message)
export const concurrentRunsExceeded = (message: string) => new GlueError('ConcurrentRunsExceededException', message)
export const resourceNumberLimitExceeded = (message: string) =>
  new GlueError('ResourceNumberLimitExceededException', message)
export const throttling = () => new GlueError('ThrottlingException', 'Rate exceeded')
export const internalService = () =>
  new GlueError('InternalServiceException', 'An internal service error occurred (injected by glue-local)', 500)
