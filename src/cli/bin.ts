import { main } from "./poa";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`poa: error inesperado: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
