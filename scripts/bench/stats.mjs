// The few statistics the benchmark's runners and reports share, and how a duration is written.

/** @param {number[]} xs */
export const median = (xs) => {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
/** @param {number[]} xs */
export const min = (xs) => Math.min(...xs)
/** @param {number[]} xs */
export const max = (xs) => Math.max(...xs)
/** "812 ms", or "n/a" for a figure that could not be taken. @param {number} x */
export const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a')
