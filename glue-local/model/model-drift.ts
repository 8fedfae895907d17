/**
 * Enum values that the newer model compiled into @aws-sdk/client-glue 3.1169 accepts but the 2022 model file does not
 * (the current SDK model has them). The validator accepts them so that a request valid for today's Glue is not rejected here.
 */
export const ENUM_ADDITIONS: Readonly<Record<string, readonly string[]>> = {
  WorkerType: ['G.4X', 'G.8X', 'G.12X', 'G.16X', 'R.1X', 'R.2X', 'R.4X', 'R.8X', 'Z.2X'],
  JobRunState: ['EXPIRED']
}
