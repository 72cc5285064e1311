// Bundles the dashboard into dist/ (or the folder given as the first argument), served by
// `faultline serve`: app.js and app.css from src/, the
// page, and the world outline (world-atlas, Natural Earth 1:50m) fetched by the map at run time.
// Everything is local: the page loads nothing from the network.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ? process.argv[2] : join(here, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(here, 'src/main.ts')],
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['chrome110', 'firefox115', 'safari16'],
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
});
copyFileSync(join(here, 'src/index.html'), join(out, 'index.html'));
copyFileSync(join(here, 'node_modules/world-atlas/countries-50m.json'), join(out, 'countries-50m.json'));
console.log(`dashboard built into ${out}`);
