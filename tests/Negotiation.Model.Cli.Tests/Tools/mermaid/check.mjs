// Parses each Mermaid file named on the command line with Mermaid itself; exits 1 if any is refused.
// A broken diagram is parsed too, so a parser that accepts everything fails the check.
import { JSDOM } from 'jsdom';
import fs from 'fs';

const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true });
globalThis.DOMParser = dom.window.DOMParser;
globalThis.Element = dom.window.Element;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(fs.readFileSync(file, 'utf8'));
    console.log(`ok ${file}: ${result.diagramType}`);
  } catch (e) {
    failed++;
    console.log(`refused ${file}: ${e.message}`);
  }
}

try {
  await mermaid.parse('flowchart LR\n  a["x" --> ');
  console.log('the parser accepted a broken diagram');
  failed++;
} catch {
  console.log('ok: a broken diagram is refused');
}

process.exit(failed ? 1 : 0);
