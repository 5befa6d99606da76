// Trunk's post-build steps, in this order: split the wasm (it rewrites the inline starter script), then
// write the Content-Security-Policy (it hashes that script), then compress every file once the files are
// final.
await import('./split-wasm.mjs');
await import('./csp.mjs');
await import('./compress.mjs');
