// Asks Prisma 6's schema validator (the WebAssembly module that `prisma validate` runs) for its
// verdict on many schema files in one process: a CLI call costs about 3 s of Node start-up, this
// costs milliseconds per schema. check_validate_oracle.sh --live cross-checks a sample against the
// real `prisma validate` CLI.
//
// Usage: node prisma_validate.js PRISMA_BUILD_DIR FILE...
// Prints one JSON line per file: {"file": ..., "valid": true|false, "message": "..."}.
'use strict';
const fs = require('fs');
const path = require('path');

const buildDir = process.argv[2];
const wasm = new WebAssembly.Module(fs.readFileSync(path.join(buildDir, 'prisma_schema_build_bg.wasm')));
const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
const encoder = new TextEncoder();
let exports_;
const memory = () => new Uint8Array(exports_.memory.buffer);
const readString = (ptr, len) => decoder.decode(memory().subarray(ptr >>> 0, (ptr >>> 0) + len));

// wasm-bindgen's import names carry a hash; only the prefix says what the import does.
const imports = {};
for (const { module, name } of WebAssembly.Module.imports(wasm)) {
  imports[module] = imports[module] || {};
  let fn;
  if (name.startsWith('__wbg_Error_')) fn = (p, n) => new Error(readString(p, n));
  else if (name.startsWith('__wbg___wbindgen_throw_')) fn = (p, n) => { throw new Error(readString(p, n)); };
  else if (name.startsWith('__wbg_set_message_')) fn = () => {};
  else if (name === '__wbindgen_init_externref_table') {
    fn = () => {
      const table = exports_.__wbindgen_externrefs;
      const base = table.grow(4);
      table.set(0, undefined);
      table.set(base, undefined); table.set(base + 1, null); table.set(base + 2, true); table.set(base + 3, false);
    };
  } else throw new Error(`prisma_validate.js: unknown wasm import ${name}`);
  imports[module][name] = fn;
}
exports_ = new WebAssembly.Instance(wasm, imports).exports;
exports_.__wbindgen_start();

function passString(text) {
  const bytes = encoder.encode(text);
  const ptr = exports_.__wbindgen_malloc(bytes.length, 1) >>> 0;
  memory().set(bytes, ptr);
  return [ptr, bytes.length];
}
function takeError(index) {
  const value = exports_.__wbindgen_externrefs.get(index);
  exports_.__externref_table_dealloc(index);
  return value;
}
// validate(params): throws the error message when the schema is invalid.
function validate(params) {
  const [ptr, len] = passString(params);
  const result = exports_.validate(ptr, len);
  if (result[1]) throw takeError(result[0]);
}
// get_config(params): `prisma validate` also reads the datasource and generators.
function getConfig(params) {
  const [ptr, len] = passString(params);
  const result = exports_.get_config(ptr, len);
  const text = readString(result[0], result[1]);
  exports_.__wbindgen_free(result[0], result[1], 1);
  return JSON.parse(text);
}

for (const file of process.argv.slice(3)) {
  const text = fs.readFileSync(file, 'utf8');
  const schemas = [[path.basename(file), text]];
  let message = '';
  try {
    validate(JSON.stringify({ prismaSchema: schemas, noColor: true }));
    const config = getConfig(JSON.stringify({
      prismaSchema: schemas, datasourceOverrides: {}, ignoreEnvVarErrors: true, env: {},
    }));
    if (config.errors && config.errors.length) message = JSON.stringify(config.errors);
  } catch (error) {
    message = String(error && error.message !== undefined ? error.message : error);
  }
  process.stdout.write(JSON.stringify({ file, valid: message === '', message }) + '\n');
}
