import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { ErrorCircle12Filled, Info12Filled, Warning12Filled } from "@fluentui/react-icons";
import { ruleDocs, ruleFix, ruleName } from "../../domain/rules";
import type { Finding } from "../../domain/validate";
import type { Severity } from "../../domain/rules/rule";
import type { Locale } from "../../domain/i18n/format";
import { groupFindings } from "../results";
import type { Strings } from "../strings";

const SEVERITY_ICON: Record<Severity, JSX.Element> = {
  error: <ErrorCircle12Filled />,
  warning: <Warning12Filled />,
  info: <Info12Filled />,
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "4px" },
  rule: { marginTop: "8px" },
  ruleName: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  fix: { display: "block", color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  finding: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: "8px",
    width: "100%",
    textAlign: "left",
    backgroundColor: "transparent",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    padding: "6px",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    '&[aria-current="true"]': { backgroundColor: tokens.colorBrandBackground2 },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "44px", fontWeight: tokens.fontWeightSemibold },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};


export function FindingsView(props: {
  findings: readonly Finding[];
  /** The finding "Anterior / Siguiente" is on. */
  current: Finding | null;
  strings: Strings;
  locale: Locale;
  onSelect: (finding: Finding) => void;
}) {
  const styles = useStyles();
  const groups = groupFindings(props.findings);
  // The finding «Anterior / Siguiente» reached is brought into view, at any width.
  const currentRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    void currentRef.current?.scrollIntoView({ block: "nearest" });
  }, [props.current]);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.key)}>
      {groups.map((group) => (
        <AccordionItem key={group.key} value={group.key}>
          <AccordionHeader size="small">
            {props.strings.group(group.sheet, group.action)} ({group.rules.reduce((n, r) => n + r.findings.length, 0)})
          </AccordionHeader>
          <AccordionPanel>
            {group.rules.map((rule) => (
              // A group, not a landmark: the same rule shows under several actions.
              <div key={rule.ruleId} role="group" className={styles.rule} aria-label={ruleName(rule.ruleId, props.locale)}>
                <Caption1 className={styles.ruleName} title={ruleDocs(rule.ruleId, props.locale)}>
                  {ruleName(rule.ruleId, props.locale)}
                </Caption1>
                <Caption1 className={styles.fix}>{ruleFix(rule.ruleId, props.locale)}</Caption1>
                <ul className={styles.list}>
                  {rule.findings.map((finding, i) => (
                    <li key={`${finding.cell}-${i}`}>
                      <button
                        type="button"
                        className={styles.finding}
                        onClick={() => props.onSelect(finding)}
                        aria-label={`${props.strings.goTo(finding.cell)}: ${finding.message}`}
                        aria-current={finding === props.current || undefined}
                        ref={finding === props.current ? currentRef : undefined}
                      >
                        <span className={styles.cell}>{finding.cell}</span>
                        <Badge className={styles.badge} size="small" appearance="tint" color={BADGE_COLOR[finding.severity]} icon={SEVERITY_ICON[finding.severity]}>
                          {props.strings.severityOne[finding.severity]}
                        </Badge>
                        <span>{finding.message}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
