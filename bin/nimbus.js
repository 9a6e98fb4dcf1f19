#!/usr/bin/env node
// Runs the compiled CLI. `npm start` (and `npm run build`) compile src/ to dist/ first.
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('nimbus: not built yet; run `npm run build` (npm start does it for you)\n');
    process.exit(1);
  }
  throw error;
});
