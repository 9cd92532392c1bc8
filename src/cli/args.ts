import { parseArgs } from "node:util";
import { z } from "zod";

export const USAGE = `Uso:
  poa validate [--format stylish|json] [--lang es|en] ARCHIVO.xlsx...
  poa template --family municipal-2021|municipal-2022|institucional --year AÑO
               [--secretaria NOMBRE] [--activities N] -o SALIDA.xlsx
  poa summary ARCHIVO.xlsx... -o resumen.xlsx
  poa --help | --version

Comandos:
  validate   Revisa uno o varios POA y reporta los hallazgos por archivo y hoja.
  template   Crea un libro con una acción de POA en blanco, lista para llenar e imprimir.
  summary    Escribe un libro con el resumen de todas las acciones de uno o varios POA.

Opciones:
  --format   stylish (reporte legible, predeterminado) o json (un arreglo JSON en stdout)
  --lang     idioma de los mensajes: es (predeterminado) o en
  -o         archivo .xlsx que se escribe (no se sobrescribe uno existente sin --force)
  --force    permite reemplazar el archivo de salida

Estado de salida: 0 sin errores, 1 con errores, 2 algún archivo no se pudo leer o escribir.`;

const ValidateArgs = z.object({
  command: z.literal("validate"),
  format: z.enum(["stylish", "json"], { error: "--format debe ser «stylish» o «json»." }).default("stylish"),
  lang: z.enum(["es", "en"], { error: "--lang debe ser «es» o «en»." }).default("es"),
  files: z.array(z.string().min(1)).min(1, { error: "Indique al menos un archivo .xlsx." }),
});
export type ValidateArgs = z.infer<typeof ValidateArgs>;

const output = z
  .string({ error: "Indique el archivo de salida con -o ARCHIVO.xlsx." })
  .regex(/\.xlsx$/i, { error: "El archivo de salida debe terminar en .xlsx." });
const wholeNumber = (name: string) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${name} debe ser un número entero.` })
    .transform(Number);

const TemplateArgs = z.object({
  command: z.literal("template"),
  family: z.string({ error: "Indique --family: municipal-2021, municipal-2022 o institucional." }),
  year: wholeNumber("--year"),
  secretaria: z.string().default(""),
  activities: wholeNumber("--activities").optional(),
  output,
  force: z.boolean(),
});
export type TemplateArgs = z.infer<typeof TemplateArgs>;

const SummaryArgs = z.object({
  command: z.literal("summary"),
  files: z.array(z.string().min(1)).min(1, { error: "Indique al menos un archivo .xlsx." }),
  output,
  force: z.boolean(),
});
export type SummaryArgs = z.infer<typeof SummaryArgs>;

export type Command = ValidateArgs | TemplateArgs | SummaryArgs;
export type Parsed = { kind: "help" } | { kind: "version" } | { kind: "usage-error"; message: string };

export function parseCommandLine(argv: string[]): Parsed | Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        lang: { type: "string" },
        family: { type: "string" },
        year: { type: "string" },
        secretaria: { type: "string" },
        activities: { type: "string" },
        output: { type: "string", short: "o" },
        force: { type: "boolean" },
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
  const force = values.force ?? false;
  let result;
  switch (command) {
    case "validate":
      result = ValidateArgs.safeParse({ command, format: values.format, lang: values.lang, files });
      break;
    case "template":
      if (values.year === undefined) return { kind: "usage-error", message: "Indique --year AÑO." };
      if (files.length > 0) return { kind: "usage-error", message: `Sobra el argumento «${files[0]}».` };
      result = TemplateArgs.safeParse({
        command,
        family: values.family,
        year: values.year,
        secretaria: values.secretaria,
        activities: values.activities,
        output: values.output,
        force,
      });
      break;
    case "summary":
      result = SummaryArgs.safeParse({ command, files, output: values.output, force });
      break;
    default:
      return { kind: "usage-error", message: `Comando desconocido: «${command}».` };
  }
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
