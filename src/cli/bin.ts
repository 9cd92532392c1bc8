import { main, unexpectedMessage } from "./poa";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write(`${unexpectedMessage(process.argv.slice(2))}\n`);
    process.exitCode = 2;
  },
);
