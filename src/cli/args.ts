import { parseArgs } from "node:util";
import { z } from "zod";
import { monthOf, quarterEnd } from "../domain/followup/cutoff";
import type { Locale } from "../domain/i18n/format";

interface CommandHelp {
  name: CommandName;
  /** The English names, still understood: scripts written before the Spanish ones keep working. */
  aliases: readonly string[];
  synopsis: Record<Locale, string>;
  description: Record<Locale, string>;
}

export const COMMAND_NAMES = ["validar", "plantilla", "resumen", "observaciones", "comparar", "seguimiento", "informe", "alineacion", "indicadores"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Every command: its name, its English aliases, and what `poa --help` says of it. */
export const COMMANDS: readonly CommandHelp[] = [
  {
    name: "validar",
    aliases: ["validate"],
    synopsis: { es: "[--format stylish|json] [--lang es|en] [--plan PLAN.xlsx] ARCHIVO.xlsx|CARPETA...", en: "[--format stylish|json] [--lang es|en] [--plan PLAN.xlsx] FILE.xlsx|FOLDER..." },
    description: {
      es: "Revisa uno o varios POA (o las carpetas que los contienen) y reporta los hallazgos.",
      en: "Checks one or more POAs (or the folders that hold them) and reports the findings.",
    },
  },
  {
    name: "plantilla",
    aliases: ["template"],
    synopsis: {
      es: "--family municipal-2021|municipal-2022|institucional|mir --year AÑO\n[--secretaria NOMBRE] [--activities N] [--plan PLAN.xlsx] -o SALIDA.xlsx",
      en: "--family municipal-2021|municipal-2022|institucional|mir --year YEAR\n[--secretaria NAME] [--activities N] [--plan PLAN.xlsx] -o OUTPUT.xlsx",
    },
    description: { es: "Crea un libro con una acción de POA en blanco, lista para llenar e imprimir.", en: "Creates a workbook with a blank POA action, ready to fill in and print." },
  },
  {
    name: "resumen",
    aliases: ["summary"],
    synopsis: { es: "ARCHIVO.xlsx|CARPETA... -o resumen.xlsx", en: "FILE.xlsx|FOLDER... -o summary.xlsx" },
    description: { es: "Escribe un libro con el resumen de todas las acciones de uno o varios POA.", en: "Writes a workbook summarizing every action of one or more POAs." },
  },
  {
    name: "observaciones",
    aliases: ["observations"],
    synopsis: { es: "ARCHIVO.xlsx|CARPETA... -o observaciones.xlsx [--reviso NOMBRE]", en: "FILE.xlsx|FOLDER... -o observations.xlsx [--reviso NAME]" },
    description: {
      es: "Escribe las observaciones para devolver a cada secretaría: una hoja por POA, imprimible, con estado y respuesta por hallazgo (y una hoja de estado si son varios).",
      en: "Writes the observations to send back to each secretariat: one printable sheet per POA, with a status and a reply per finding (and a status sheet for several).",
    },
  },
  {
    name: "comparar",
    aliases: ["compare"],
    synopsis: { es: "ANTERIOR.xlsx NUEVO.xlsx [--format stylish|json] [-o cambios.xlsx]", en: "EARLIER.xlsx NEW.xlsx [--format stylish|json] [-o changes.xlsx]" },
    description: {
      es: "Compara dos versiones de un POA: qué se corrigió, qué es nuevo, dónde se movió el dinero.",
      en: "Compares two versions of a POA: what was fixed, what is new, where the money moved.",
    },
  },
  {
    name: "seguimiento",
    aliases: ["followup"],
    synopsis: { es: "POA.xlsx -o POA-seguimiento.xlsx [--hasta MES]", en: "POA.xlsx -o POA-followup.xlsx [--hasta MONTH]" },
    description: {
      es: "Escribe una copia del POA con su hoja «Seguimiento <año>»: lo programado (fórmulas al POA), lo realizado mes a mes, el avance y el semáforo. Si la copia ya tiene seguimiento, conserva todo lo que se escribió en él.",
      en: "Writes a copy of the POA with its “Seguimiento <year>” sheet: the program (formulas to the POA), what was done month by month, progress and traffic light. If the copy already has a follow-up, everything typed in it is kept.",
    },
  },
  {
    name: "informe",
    aliases: ["report"],
    synopsis: { es: "ARCHIVO.xlsx|CARPETA... (--hasta MES | --trimestre N) -o informe.xlsx", en: "FILE.xlsx|FOLDER... (--hasta MONTH | --trimestre N) -o report.xlsx" },
    description: {
      es: "Escribe el informe trimestral de avance de varios POA: una fila por POA, el total municipal, una gráfica por secretaría y las actividades en rojo con su justificación.",
      en: "Writes the quarterly progress report of several POAs: a row per POA, the municipal total, a chart by secretariat and the red activities with their justification.",
    },
  },
  {
    name: "alineacion",
    aliases: ["alignment", "alineación"],
    synopsis: { es: "ARCHIVO.xlsx|CARPETA... [--plan PLAN.xlsx] -o alineacion.xlsx", en: "FILE.xlsx|FOLDER... [--plan PLAN.xlsx] -o alignment.xlsx" },
    description: {
      es: "Escribe qué líneas del plan de desarrollo atienden los POA: por eje, línea y estrategia, los POA, acciones, actividades, inversión y secretarías; con el plan, sus líneas sin acciones.",
      en: "Writes which lines of the development plan the POAs serve: per eje, línea and estrategia, the POAs, actions, activities, investment and secretarías; with the plan, its lines no action serves.",
    },
  },
  {
    name: "indicadores",
    aliases: ["indicators"],
    synopsis: { es: "LIBRO.xlsx -o LIBRO-indicadores.xlsx [--trimestre N]", en: "WORKBOOK.xlsx -o WORKBOOK-indicators.xlsx [--trimestre N]" },
    description: {
      es: "Escribe una copia del libro con la hoja «Indicadores <año>»: por indicador de su MIR, lo programado y lo alcanzado cada trimestre, el % de cumplimiento al corte, el semáforo y la justificación. Si la copia ya la tiene, conserva lo escrito.",
      en: "Writes a copy of the workbook with its “Indicadores <year>” sheet: per indicator of its MIR, programmed and achieved each quarter, % achieved at the cut-off, traffic light and justification. If the copy already has it, what was typed is kept.",
    },
  },
];

const OPTIONS: ReadonlyArray<[string, Record<Locale, string>]> = [
  ["--format", { es: "stylish (reporte legible, predeterminado) o json (un arreglo JSON en stdout)", en: "stylish (readable report, default) or json (one JSON array on stdout)" }],
  ["--lang", { es: "idioma de los mensajes: es (predeterminado) o en", en: "language of the messages: es (default) or en" }],
  [
    "-o",
    {
      es: "archivo .xlsx que se escribe (no se sobrescribe uno existente sin --force, y nunca uno de los libros que se leen)",
      en: ".xlsx file to write (an existing one is not replaced without --force, and never one of the workbooks being read)",
    },
  ],
  ["--force", { es: "permite reemplazar el archivo de salida", en: "allows replacing the output file" }],
  [
    "--plan",
    {
      es: "el plan de desarrollo (un libro con cada línea y su clave): validar revisa la alineación contra él, alineacion lista sus líneas sin acciones y plantilla ofrece sus líneas y estrategias en listas desplegables",
      en: "the development plan (a workbook with each line and its code): validar checks the alignment against it, alineacion lists its lines with no action, and plantilla offers its líneas and estrategias as drop-down lists",
    },
  ],
  ["--hasta", { es: "mes de corte: ENERO a DICIEMBRE (o 1 a 12)", en: "cut-off month: ENERO to DICIEMBRE (or 1 to 12)" }],
  ["--trimestre", { es: "trimestre de corte: 1 a 4 (hasta marzo, junio, septiembre o diciembre; en indicadores, el trimestre que se informa)", en: "cut-off quarter: 1 to 4 (to March, June, September or December; for indicadores, the quarter reported)" }],
  ["--debug", { es: "muestra en la salida de error el detalle técnico de un error inesperado", en: "prints the technical detail of an unexpected error on standard error" }],
];

const HEADINGS = {
  es: {
    usage: "Uso:",
    commands: "Comandos:",
    options: "Opciones:",
    aliases: "Los nombres en inglés también sirven:",
    exit: "Estado de salida: 0 sin errores, 1 con errores, 2 algún archivo no se pudo leer o escribir.",
  },
  en: {
    usage: "Usage:",
    commands: "Commands:",
    options: "Options:",
    aliases: "The English names work too:",
    exit: "Exit status: 0 no errors, 1 errors found, 2 some file could not be read or written.",
  },
};

/** Words wrapped to the terminal's usual 100 columns, under a hanging indent. */
function wrapped(text: string, indent: number, width = 100): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function described(term: string, text: string): string {
  const column = 13;
  const [first = "", ...rest] = wrapped(text, column);
  const pad = " ".repeat(column);
  const head = term.length < column - 3 ? `  ${term.padEnd(column - 2)}${first}` : `  ${term}\n${pad}${first}`;
  return [head, ...rest.map((l) => `${pad}${l}`)].join("\n");
}

export function usage(locale: Locale): string {
  const h = HEADINGS[locale];
  const synopses = COMMANDS.map((c) => {
    const [first, ...more] = c.synopsis[locale].split("\n");
    const pad = " ".repeat(`  poa ${c.name} `.length);
    return [`  poa ${c.name} ${first}`, ...more.map((m) => `${pad}${m}`)].join("\n");
  });
  return [
    h.usage,
    ...synopses,
    "  poa --help | --version",
    "",
    h.commands,
    ...COMMANDS.map((c) => described(c.name, c.description[locale])),
    "",
    // Each command's English name, as COMMANDS lists it: the help cannot forget one.
    `${h.aliases} ${COMMANDS.map((c) => c.aliases[0]).join(", ")}.`,
    "",
    h.options,
    ...OPTIONS.map(([option, text]) => described(option, text[locale])),
    "",
    h.exit,
  ].join("\n");
}

const MESSAGES = {
  es: {
    format: "--format debe ser «stylish» o «json».",
    lang: "--lang debe ser «es» o «en».",
    files: "Indique al menos un archivo .xlsx o una carpeta.",
    pair: "Indique dos archivos: la versión anterior y la nueva.",
    output: "Indique el archivo de salida con -o ARCHIVO.xlsx.",
    outputXlsx: "El archivo de salida debe terminar en .xlsx.",
    outputCopy: "La copia debe terminar en .xlsx (o .xlsm, la de un libro con macros).",
    whole: (name: string) => `${name} debe ser un número entero.`,
    family: "Indique --family: municipal-2021, municipal-2022, institucional o mir.",
    year: "Indique --year AÑO.",
    extra: (arg: string) => `Sobra el argumento «${arg}».`,
    command: (name: string) => `Comando desconocido: «${name}».`,
    unknownOption: (option: string) => `Opción desconocida: ${option}.`,
    missingValue: (option: string) => `Falta el valor de la opción ${option}.`,
    ambiguous: (option: string) => `La opción ${option} necesita un valor; si el valor empieza con «-», escríbalo así: ${option}=VALOR.`,
    badOption: "Las opciones no son válidas; vea poa --help.",
    month: "--hasta debe ser un mes: ENERO a DICIEMBRE, o 1 a 12.",
    quarter: "--trimestre debe ser 1, 2, 3 o 4.",
    cutoff: "Indique el corte: --hasta MES o --trimestre N.",
    bothCutoffs: "Indique --hasta o --trimestre, no los dos.",
    one: "Indique un solo archivo: el POA del que se hace el seguimiento.",
    oneWorkbook: "Indique un solo archivo: el libro con la MIR.",
  },
  en: {
    format: "--format must be “stylish” or “json”.",
    lang: "--lang must be “es” or “en”.",
    files: "Give at least one .xlsx file or a folder.",
    pair: "Give two files: the earlier version and the new one.",
    output: "Give the output file with -o FILE.xlsx.",
    outputXlsx: "The output file must end in .xlsx.",
    outputCopy: "The copy must end in .xlsx (or .xlsm, for a workbook with macros).",
    whole: (name: string) => `${name} must be a whole number.`,
    family: "Give --family: municipal-2021, municipal-2022, institucional or mir.",
    year: "Give --year YEAR.",
    extra: (arg: string) => `Unexpected argument “${arg}”.`,
    command: (name: string) => `Unknown command: “${name}”.`,
    unknownOption: (option: string) => `Unknown option: ${option}.`,
    missingValue: (option: string) => `The option ${option} needs a value.`,
    ambiguous: (option: string) => `The option ${option} needs a value; if the value starts with “-”, write it as ${option}=VALUE.`,
    badOption: "The options are not valid; see poa --help.",
    month: "--hasta must be a month: ENERO to DICIEMBRE, or 1 to 12.",
    quarter: "--trimestre must be 1, 2, 3 or 4.",
    cutoff: "Give the cut-off: --hasta MONTH or --trimestre N.",
    bothCutoffs: "Give --hasta or --trimestre, not both.",
    one: "Give one file: the POA to follow.",
    oneWorkbook: "Give one file: the workbook with the MIR.",
  },
};

function schemas(locale: Locale) {
  const m = MESSAGES[locale];
  const output = z.string({ error: m.output }).regex(/\.xlsx$/i, { error: m.outputXlsx });
  const wholeNumber = (name: string) => z.string().regex(/^\d+$/, { error: m.whole(name) }).transform(Number);
  const files = z.array(z.string().min(1)).min(1, { error: m.files });
  const month = z.string().transform((text, ctx) => monthOf(text) ?? (ctx.addIssue({ code: "custom", message: m.month }), z.NEVER));
  // What every command takes.
  const common = { lang: z.enum(["es", "en"], { error: m.lang }).default("es"), debug: z.boolean() };
  const writes = { ...common, force: z.boolean() };
  return {
    validate: z.object({
      command: z.literal("validar"),
      format: z.enum(["stylish", "json"], { error: m.format }).default("stylish"),
      files,
      plan: z.string().min(1).optional(),
      ...common,
    }),
    template: z.object({
      command: z.literal("plantilla"),
      family: z.string({ error: m.family }),
      year: wholeNumber("--year"),
      secretaria: z.string().default(""),
      activities: wholeNumber("--activities").optional(),
      plan: z.string().min(1).optional(),
      output,
      ...writes,
    }),
    summary: z.object({
      command: z.literal("resumen"),
      files,
      output,
      ...writes,
    }),
    compare: z.object({
      command: z.literal("comparar"),
      files: z.array(z.string().min(1)).length(2, { error: m.pair }),
      format: z.enum(["stylish", "json"], { error: m.format }).default("stylish"),
      output: output.optional(),
      ...writes,
    }),
    followUp: z.object({
      command: z.literal("seguimiento"),
      files: z.array(z.string().min(1)).length(1, { error: m.one }),
      output: z.string({ error: m.output }).regex(/\.xls[xm]$/i, { error: m.outputCopy }),
      hasta: month.optional(),
      ...writes,
    }),
    report: z.object({
      command: z.literal("informe"),
      files,
      output,
      hasta: month,
      ...writes,
    }),
    indicators: z.object({
      command: z.literal("indicadores"),
      files: z.array(z.string().min(1)).length(1, { error: m.oneWorkbook }),
      output: z.string({ error: m.output }).regex(/\.xls[xm]$/i, { error: m.outputCopy }),
      trimestre: z.string().regex(/^[1-4]$/, { error: m.quarter }).transform(Number).optional(),
      ...writes,
    }),
    alignment: z.object({
      command: z.literal("alineacion"),
      files,
      output,
      plan: z.string().min(1).optional(),
      ...writes,
    }),
    observations: z.object({
      command: z.literal("observaciones"),
      files,
      output,
      reviso: z.string().default(""),
      ...writes,
    }),
  };
}

type Schemas = ReturnType<typeof schemas>;
export type ValidateArgs = z.infer<Schemas["validate"]>;
export type TemplateArgs = z.infer<Schemas["template"]>;
export type SummaryArgs = z.infer<Schemas["summary"]>;
export type ObservationsArgs = z.infer<Schemas["observations"]>;
export type CompareArgs = z.infer<Schemas["compare"]>;
export type FollowUpArgs = z.infer<Schemas["followUp"]>;
export type ReportArgs = z.infer<Schemas["report"]>;
export type AlignmentArgs = z.infer<Schemas["alignment"]>;
export type IndicatorsArgs = z.infer<Schemas["indicators"]>;
export type Command = ValidateArgs | TemplateArgs | SummaryArgs | ObservationsArgs | CompareArgs | FollowUpArgs | ReportArgs | AlignmentArgs | IndicatorsArgs;
export type Parsed = { kind: "help"; lang: Locale } | { kind: "version" } | { kind: "usage-error"; message: string; lang: Locale };

/** The language asked for, found before anything else so even an argument error speaks it. */
export function languageOf(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--lang" && argv[i + 1] === "en") return "en";
    if (arg === "--lang=en") return "en";
  }
  return "es";
}

export function parseCommandLine(argv: string[]): Parsed | Command {
  const lang = languageOf(argv);
  const m = MESSAGES[lang];
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
        reviso: { type: "string" },
        hasta: { type: "string" },
        plan: { type: "string" },
        trimestre: { type: "string" },
        force: { type: "boolean" },
        debug: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    return { kind: "usage-error", message: translateParseError(error, lang), lang };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help", lang };
  if (values.version) return { kind: "version" };
  const [typed, ...files] = positionals;
  if (typed === undefined) return { kind: "help", lang };
  const command = COMMANDS.find((c) => c.name === typed || c.aliases.includes(typed))?.name;
  const s = schemas(lang);
  const common = { lang: values.lang, debug: values.debug ?? false };
  let result;
  switch (command) {
    case "validar":
      result = s.validate.safeParse({ command, format: values.format, files, plan: values.plan, ...common });
      break;
    case "plantilla":
      if (values.year === undefined) return { kind: "usage-error", message: m.year, lang };
      if (files.length > 0) return { kind: "usage-error", message: m.extra(files[0]!), lang };
      result = s.template.safeParse({
        command,
        family: values.family,
        year: values.year,
        secretaria: values.secretaria,
        activities: values.activities,
        plan: values.plan,
        output: values.output,
        force: values.force ?? false,
        ...common,
      });
      break;
    case "resumen":
      result = s.summary.safeParse({ command, files, output: values.output, force: values.force ?? false, ...common });
      break;
    case "comparar":
      result = s.compare.safeParse({ command, files, format: values.format, output: values.output, force: values.force ?? false, ...common });
      break;
    case "observaciones":
      result = s.observations.safeParse({ command, files, output: values.output, reviso: values.reviso, force: values.force ?? false, ...common });
      break;
    case "seguimiento":
      result = s.followUp.safeParse({ command, files, output: values.output, hasta: values.hasta, force: values.force ?? false, ...common });
      break;
    case "informe": {
      const cutoff = cutoffOption(values.hasta, values.trimestre, m);
      if ("error" in cutoff) return { kind: "usage-error", message: cutoff.error, lang };
      result = s.report.safeParse({ command, files, output: values.output, hasta: cutoff.hasta, force: values.force ?? false, ...common });
      break;
    }
    case "indicadores":
      result = s.indicators.safeParse({ command, files, output: values.output, trimestre: values.trimestre, force: values.force ?? false, ...common });
      break;
    case "alineacion":
      result = s.alignment.safeParse({ command, files, output: values.output, plan: values.plan, force: values.force ?? false, ...common });
      break;
    default:
      return { kind: "usage-error", message: m.command(typed), lang };
  }
  if (!result.success) return { kind: "usage-error", message: result.error.issues.map((i) => i.message).join(" "), lang };
  return result.data;
}

/** `--trimestre N` is `--hasta` its quarter's last month; one of the two, never both. */
function cutoffOption(hasta: string | undefined, trimestre: string | undefined, m: (typeof MESSAGES)["es"]): { hasta: string } | { error: string } {
  if (hasta !== undefined && trimestre !== undefined) return { error: m.bothCutoffs };
  if (trimestre !== undefined) return /^[1-4]$/.test(trimestre.trim()) ? { hasta: String(quarterEnd(Number(trimestre))) } : { error: m.quarter };
  return hasta === undefined ? { error: m.cutoff } : { hasta };
}

/** Node's argument errors are English internals: each known one is said in the user's words. */
function translateParseError(error: unknown, lang: Locale): string {
  const m = MESSAGES[lang];
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[\w-]+)/.exec(text)?.[1] ?? "";
  const code = (error as { code?: string }).code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || /Unknown option/i.test(text)) return m.unknownOption(option);
  if (/argument is ambiguous/i.test(text)) return m.ambiguous(option);
  if (/argument missing/i.test(text)) return m.missingValue(option);
  return m.badOption;
}
