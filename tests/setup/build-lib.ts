// Tests that start the command as a user does (bin/masterplan.js) run the compiled lib/:
// build it first when src/ changed, so no test sees a stale build or the rebuild's note.
import { isStale } from '../../bin/stale-build.js';

export default async function setup(): Promise<void> {
  if (!isStale()) return;
  const { build } = await import('../../scripts/build.mjs');
  build();
}
