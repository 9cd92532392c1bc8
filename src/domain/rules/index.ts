import { actionNumberRule } from "./action-number";
import { avance } from "./avance";
import { classification } from "./classification";
import { headerConsistency } from "./header-consistency";
import { urInvestment } from "./ur-investment";
import { beneficiarios } from "./beneficiarios";
import { investmentSum } from "./investment-sum";
import { layout } from "./layout";
import { monthlySum } from "./monthly-sum";
import { numberFormat } from "./number-format";
import { partidaFormat } from "./partida-format";
import { partidaUnknown } from "./partida-unknown";
import { requiredField } from "./required-field";
import { summaryMismatch } from "./summary-mismatch";
import { realizedAboveProgrammed } from "./realized-above-programmed";
import { realizedAfterCutoff } from "./realized-after-cutoff";
import { realizedText } from "./realized-text";
import { redJustification } from "./red-justification";
import type { Rule } from "./types";
import { yearMismatch } from "./year-mismatch";

/** Every rule, in the order their findings are most useful to read. */
export const RULES: readonly Rule[] = [
  layout,
  requiredField,
  numberFormat,
  monthlySum,
  investmentSum,
  partidaFormat,
  partidaUnknown,
  beneficiarios,
  summaryMismatch,
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
];
