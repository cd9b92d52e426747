const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);

/**
 * Copies the node icons into dist/. The credential has no icon files of its own: its `icon`
 * points at the node's (file:../nodes/ClickMeeting/clickmeeting.svg).
 */
function copyIcons() {
	const nodeSource = path.resolve('nodes', '**', '*.{png,svg}');
	const nodeDestination = path.resolve('dist', 'nodes');
	return src(nodeSource).pipe(dest(nodeDestination));
}
