// Loaded into the measured action process by the log-integrity benchmark (NODE_OPTIONS=--import): at exit,
// writes the process's peak resident set size (kilobytes) to ORG_TRAIL_PEAK_FILE.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const file = process.env.ORG_TRAIL_PEAK_FILE
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS))
})
