import { parseArgs } from "node:util";
import { z } from "zod";

export const USAGE = `Uso:
  poa validate [--format stylish|json] [--lang es|en] ARCHIVO.xlsx...
  poa --help | --version

Comandos:
  validate   Revisa uno o varios POA y reporta los hallazgos por archivo y hoja.

Opciones:
  --format   stylish (reporte legible, predeterminado) o json (un arreglo JSON en stdout)
  --lang     idioma de los mensajes: es (predeterminado) o en

Estado de salida: 0 sin errores, 1 con errores, 2 algún archivo no se pudo leer.`;

const ValidateArgs = z.object({
  command: z.literal("validate"),
  format: z.enum(["stylish", "json"], { error: "--format debe ser «stylish» o «json»." }).default("stylish"),
  lang: z.enum(["es", "en"], { error: "--lang debe ser «es» o «en»." }).default("es"),
  files: z.array(z.string().min(1)).min(1, { error: "Indique al menos un archivo .xlsx." }),
});
export type ValidateArgs = z.infer<typeof ValidateArgs>;

export type Parsed = { kind: "help" } | { kind: "version" } | ValidateArgs | { kind: "usage-error"; message: string };

export function parseCommandLine(argv: string[]): Parsed | ValidateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    return { kind: "usage-error", message: translateParseError(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...files] = positionals;
  if (command === undefined) return { kind: "help" };
  if (command !== "validate") return { kind: "usage-error", message: `Comando desconocido: «${command}».` };
  const result = ValidateArgs.safeParse({ command, format: values.format, lang: values.lang, files });
  if (!result.success) return { kind: "usage-error", message: result.error.issues.map((i) => i.message).join(" ") };
  return result.data;
}

function translateParseError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[\w-]+)/.exec(text)?.[1];
  if (/Unknown option/i.test(text)) return `Opción desconocida: ${option ?? text}.`;
  if (/argument missing/i.test(text)) return `Falta el valor de la opción ${option ?? ""}.`.trim();
  return text;
}
