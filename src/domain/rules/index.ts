import type { Locale } from "../i18n/format";
import { actionNumberRule } from "./action-number";
import { avance } from "./avance";
import { beneficiarios } from "./beneficiarios";
import { classification } from "./classification";
import { headerConsistency } from "./header-consistency";
import { investmentSum } from "./investment-sum";
import { layout } from "./layout";
import { monthlySum } from "./monthly-sum";
import { totalSum } from "./total-sum";
import { chapterSum } from "./chapter-sum";
import { sourceSum } from "./source-sum";
import { numberFormat } from "./number-format";
import { partidaFormat } from "./partida-format";
import { partidaUnknown } from "./partida-unknown";
import { realizedAboveProgrammed } from "./realized-above-programmed";
import { realizedAfterCutoff } from "./realized-after-cutoff";
import { realizedText } from "./realized-text";
import { redJustification } from "./red-justification";
import { requiredField } from "./required-field";
import type { Rule } from "./rule";
import { summaryMismatch } from "./summary-mismatch";
import { alignmentNesting } from "./alignment-nesting";
import { alignmentConsistency } from "./alignment-consistency";
import { alignmentPlan } from "./alignment-plan";
import { urInvestment } from "./ur-investment";
import { yearMismatch } from "./year-mismatch";
import { mirStructure } from "./mir-structure";
import { mirRequired } from "./mir-required";
import { mirSyntaxFin } from "./mir-syntax-fin";
import { mirSyntaxProposito } from "./mir-syntax-proposito";
import { mirSyntaxComponente } from "./mir-syntax-componente";
import { mirSyntaxActividad } from "./mir-syntax-actividad";
import { mirTipoLevel } from "./mir-tipo-level";
import { mirDimensionLevel } from "./mir-dimension-level";
import { mirName } from "./mir-name";
import { mirSupuesto } from "./mir-supuesto";
import { mirFrequency } from "./mir-frequency";
import { mirFormula } from "./mir-formula";
import { mirFormulaUnit } from "./mir-formula-unit";
import { mirFormulaRecompute } from "./mir-formula-recompute";
import { mirZeroDenominator } from "./mir-zero-denominator";
import { mirMetaSense } from "./mir-meta-sense";
import { mirPoaLink } from "./mir-poa-link";
import { indicatorJustification } from "./indicator-justification";
import { mirMetaCalendar } from "./mir-meta-calendar";

/** Every rule, in the order their findings are most useful to read; ids come from here. */
export const RULES = [
  layout,
  requiredField,
  numberFormat,
  monthlySum,
  totalSum,
  chapterSum,
  sourceSum,
  investmentSum,
  partidaFormat,
  partidaUnknown,
  beneficiarios,
  summaryMismatch,
  alignmentNesting,
  alignmentConsistency,
  alignmentPlan,
  mirStructure,
  mirRequired,
  mirSyntaxFin,
  mirSyntaxProposito,
  mirSyntaxComponente,
  mirSyntaxActividad,
  mirTipoLevel,
  mirDimensionLevel,
  mirFrequency,
  mirFormula,
  mirFormulaUnit,
  mirFormulaRecompute,
  mirZeroDenominator,
  mirMetaSense,
  mirName,
  mirSupuesto,
  mirPoaLink,
  mirMetaCalendar,
  indicatorJustification,
  actionNumberRule,
  yearMismatch,
  avance,
  headerConsistency,
  classification,
  urInvestment,
  realizedText,
  realizedAfterCutoff,
  realizedAboveProgrammed,
  redJustification,
] as const;

export type RuleId = (typeof RULES)[number]["id"];
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

const BY_ID = new Map<string, Rule>(RULES.map((rule) => [rule.id, rule as unknown as Rule]));

export function ruleOf(id: RuleId): Rule {
  return BY_ID.get(id)!;
}

/** The rule as a reviewer says it: what the pane, the reports and the observations show instead of its id. */
export function ruleName(id: RuleId, locale: Locale): string {
  return ruleOf(id).name[locale];
}

export function ruleFix(id: RuleId, locale: Locale): string {
  return ruleOf(id).fix[locale];
}

export function ruleDocs(id: RuleId, locale: Locale): string {
  return ruleOf(id).docs[locale];
}
