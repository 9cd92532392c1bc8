// Preloaded by the bench: prints the process's peak resident memory (KB) on stderr as it exits.
process.on("exit", () => {
  process.stderr.write(`\nmaxrss=${process.resourceUsage().maxRSS}\n`);
});
