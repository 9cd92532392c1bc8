import "./noEval";
import { FluentProvider, MessageBar, MessageBarBody, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

import { App } from "./components/App";
import { documentName, excelSupports, officeWorkbook, waitForOffice } from "./office";
import { openWorkbook } from "./openWorkbook";
import { localeOf, stringsFor } from "./strings";

async function start(): Promise<void> {
  const office = await waitForOffice();
  const locale = localeOf(office.displayLanguage);
  const strings = stringsFor(locale);
  const root = createRoot(document.getElementById("root")!);
  const theme = office.dark ? webDarkTheme : webLightTheme;
  const message = (text: string) => (
    <MessageBar intent="warning">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
  let content;
  if (office.host === null) {
    // Outside Office: the preview over an .xlsx file, with the .xlsx writer loaded only for it.
    const { Preview } = await import(/* webpackChunkName: "preview" */ "./preview/Preview");
    content = <Preview locale={locale} />;
  } else if (office.host !== "Excel") content = message(strings.noExcel);
  else if (!excelSupports("1.7")) content = message(strings.oldExcel);
  else content = <App workbook={officeWorkbook()} locale={locale} fileName={documentName()} openEarlier={(bytes) => openWorkbook(bytes, () => undefined).then((w) => w.grids)} />;
  root.render(<FluentProvider theme={theme}>{content}</FluentProvider>);
}

void start();
