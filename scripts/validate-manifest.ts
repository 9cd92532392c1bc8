/** `npm run validate`: the offline manifest check, with a Spanish verdict. */
import { checkManifest } from "./manifest-check";

checkManifest().then(
  ({ xsdErrors, problems }) => {
    for (const line of [...xsdErrors, ...problems]) process.stderr.write(`✖ ${line}\n`);
    if (xsdErrors.length + problems.length > 0) {
      process.stderr.write("manifest.xml no es válido.\n");
      process.exitCode = 1;
    } else {
      process.stdout.write("manifest.xml es válido (esquemas XSD de Microsoft y comprobaciones del complemento).\n");
    }
  },
  (error: unknown) => {
    process.stderr.write(`No se pudo revisar manifest.xml: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
