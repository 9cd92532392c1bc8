// The floor `poa validate` is measured against: this same kind of Node process reading each
// file and inflating every part of it (fflate, as the reader uses), nothing else.
const { readFileSync } = require("node:fs");
const { unzipSync } = require("fflate");

let bytes = 0;
for (const file of process.argv.slice(2)) {
  for (const data of Object.values(unzipSync(readFileSync(file)))) bytes += data.length;
}
process.stdout.write(`${bytes}\n`);
