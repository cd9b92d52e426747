// Prints "N passed, N failed" from a Jest --json result file; exits 1 when no test ran.
const fs = require('fs');

const file = process.argv[2] || '.jest-results.json';
if (!fs.existsSync(file)) {
	console.log('0 passed, 0 failed');
	process.exit(1);
}
const result = JSON.parse(fs.readFileSync(file, 'utf8'));
const skipped = (result.numPendingTests || 0) + (result.numTodoTests || 0);
console.log(
	`${result.numPassedTests} passed, ${result.numFailedTests} failed` +
		(skipped ? `, ${skipped} skipped` : ''),
);
process.exit(result.numTotalTests > 0 ? 0 : 1);
