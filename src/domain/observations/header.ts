/** Today as printed on a Mexican form: dd/mm/aaaa. */
export function reviewDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("es-MX", { day: "2-digit", month: "2-digit", year: "numeric" }).format(now);
}
