import { WorkbookReadError } from "../../workbook/errors";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// "EncryptedPackage" in UTF-16LE: the stream an encrypted .xlsx keeps inside its CFB container.
const ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => data[i] === byte);
}

/** Byte search that also runs in the browser preview, where there is no Buffer. */
function contains(data: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Tells an .xlsx from what people save by mistake, before the reader looks inside. */
export function assertXlsxBytes(data: Uint8Array): void {
  if (data.length === 0) throw new WorkbookReadError("not-xlsx", { es: "El archivo está vacío (0 bytes).", en: "The file is empty (0 bytes)." });
  if (startsWith(data, ZIP)) return;
  if (startsWith(data, CFB)) {
    if (contains(data, ENCRYPTED_PACKAGE)) {
      throw new WorkbookReadError(
        "encrypted",
        {
          es: "El libro está protegido con contraseña de apertura. Quite la contraseña (Archivo → Información → Proteger libro) y vuelva a intentarlo.",
          en: "The workbook is protected with an opening password. Remove the password (File → Info → Protect Workbook) and try again.",
        },
      );
    }
    throw new WorkbookReadError(
      "legacy-xls",
      {
        es: "El archivo está en el formato antiguo .xls. Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)».",
        en: "The file is in the old .xls format. Open it in Excel and save it as “Excel Workbook (.xlsx)”.",
      },
    );
  }
  throw new WorkbookReadError("not-xlsx", { es: "El archivo no es un libro de Excel .xlsx.", en: "The file is not an Excel .xlsx workbook." });
}
