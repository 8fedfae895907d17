// Prints one plain closing line, "tests: N passed, N failed", after Jest's own summary (CI logs read it).
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed`
    process.stdout.write(`${skipped > 0 ? `${line}, ${skipped} skipped` : line}\n`)
  }
}

module.exports = ClosingLineReporter
