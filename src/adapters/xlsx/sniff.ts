import { WorkbookReadError } from "../../workbook/errors";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// "EncryptedPackage" in UTF-16LE: the stream an encrypted .xlsx keeps inside its CFB container.
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => data[i] === byte);
}

/** Tells an .xlsx from what people save by mistake, before ExcelJS sees the bytes. */
export function assertXlsxBytes(data: Uint8Array): void {
  if (data.length === 0) throw new WorkbookReadError("not-xlsx", "El archivo está vacío (0 bytes).");
  if (startsWith(data, ZIP)) return;
  if (startsWith(data, CFB)) {
    if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(ENCRYPTED_PACKAGE)) {
      throw new WorkbookReadError(
        "encrypted",
        "El libro está protegido con contraseña de apertura. Quite la contraseña (Archivo → Información → Proteger libro) y vuelva a intentarlo.",
      );
    }
    throw new WorkbookReadError(
      "legacy-xls",
      "El archivo está en el formato antiguo .xls. Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)».",
    );
  }
  throw new WorkbookReadError("not-xlsx", "El archivo no es un libro de Excel .xlsx.");
}
