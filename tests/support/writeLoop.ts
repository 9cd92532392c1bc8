import { writeOutput } from "../../src/cli/write";

/**
 * Run by the write tests in a child process, then killed at a random moment: writes the target
 * over and over, each version a different byte repeated, until it is killed.
 */
const [target, sizeText] = process.argv.slice(2);
const size = Number(sizeText);
void (async () => {
  for (let version = 1; ; version = (version % 250) + 1) {
    await writeOutput(target!, [new Uint8Array(size).fill(version)], { force: true, inputs: [] });
    process.stdout.write(`${version}\n`);
  }
})();
