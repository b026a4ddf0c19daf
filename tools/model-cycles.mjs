// Lists the import circles between the model's top-level modules (its domains): a file `x.rs` or a folder
// `x/` of model/src is one module, and every `crate::y` in its code (comments aside) is an edge x → y. Prints
// each group of modules that reach each other and fails if there is one; ARCHITECTURE.md's invariants say
// there must be none.
// Usage: node tools/model-cycles.mjs
import { readdir, readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'model', 'src');

async function rustFiles(path) {
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    const full = join(path, entry.name);
    if (entry.isDirectory()) return rustFiles(full);
    return entry.name.endsWith('.rs') ? [full] : [];
  }));
  return nested.flat();
}

const modules = new Map();
for (const entry of await readdir(src, { withFileTypes: true })) {
  if (entry.name === 'lib.rs') continue;
  const name = entry.name.replace(/\.rs$/, '');
  const files = entry.isDirectory() ? await rustFiles(join(src, entry.name)) : [join(src, entry.name)];
  const uses = new Set();
  for (const file of files) {
    const code = (await readFile(file, 'utf8')).split('\n').filter((line) => !line.trim().startsWith('//'));
    for (const match of code.join('\n').matchAll(/\bcrate::([a-z_][a-z0-9_]*)/g)) {
      if (match[1] !== name) uses.add(match[1]);
    }
  }
  modules.set(name, uses);
}

// Tarjan's strongly connected components: a component of more than one module is a circle.
let index = 0;
const order = new Map(), low = new Map(), stack = [], onStack = new Set(), circles = [];
function visit(module) {
  order.set(module, index); low.set(module, index); index += 1;
  stack.push(module); onStack.add(module);
  for (const next of modules.get(module) ?? []) {
    if (!modules.has(next)) continue;
    if (!order.has(next)) { visit(next); low.set(module, Math.min(low.get(module), low.get(next))); }
    else if (onStack.has(next)) low.set(module, Math.min(low.get(module), order.get(next)));
  }
  if (low.get(module) === order.get(module)) {
    const component = [];
    let member;
    do { member = stack.pop(); onStack.delete(member); component.push(member); } while (member !== module);
    if (component.length > 1) circles.push(component.sort());
  }
}
for (const module of [...modules.keys()].sort()) if (!order.has(module)) visit(module);

for (const [module, uses] of [...modules].sort()) console.log(`${module} → ${[...uses].sort().join(', ') || '(nothing)'}`);
for (const circle of circles) console.log(`circle: ${circle.join(' ⇄ ')}`);
if (circles.length > 0) process.exit(1);
console.log('no import circles between the model\'s modules');
