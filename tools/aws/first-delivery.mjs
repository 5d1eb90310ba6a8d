// GetTrailStatus as AWS answers it right after logging starts: nothing has been delivered yet. moto
// reports LatestDeliveryTime = now from the moment StartLogging is called (and on every later read), as if
// a log file had just arrived; CloudTrail delivers log files "within an average of about 5 minutes of an
// API call" and a digest file every hour (CloudTrail User Guide: "How CloudTrail works", "CloudTrail
// digest file structure"), and until the first one it reports no LatestDeliveryTime /
// LatestDigestDeliveryTime. So, for logFilesMs (digestFilesMs) after StartLoggingTime, this layer takes
// them out of moto's answer.
//
// Simplified: a trail that delivered before it was stopped and started again still shows that earlier
// delivery on AWS; moto keeps no earlier time to show, so it is taken out the same way. AWS documents
// neither the exact delay of the first delivery nor whether the field is absent or null before it: absent
// is what the SDK reads either way.

/**
 * @param {{ logFilesMs?: number, digestFilesMs?: number, now?: () => number }} [options]
 * @returns {import('./index.mjs').Behaviour & { settings: { logFilesMs: number, digestFilesMs: number } }}
 */
export function firstDeliveryBehaviour({ logFilesMs = 5 * 60_000, digestFilesMs = 60 * 60_000, now = Date.now } = {}) {
  const settings = { logFilesMs, digestFilesMs }
  return {
    name: 'first-delivery',
    settings,
    response(ctx, answer) {
      if (ctx.service !== 'cloudtrail' || ctx.operation !== 'GetTrailStatus' || answer.status !== 200) return undefined
      let status
      try {
        status = JSON.parse(String(answer.body))
      } catch {
        return undefined
      }
      // The SDK's wire format: epoch seconds.
      const started = typeof status.StartLoggingTime === 'number' ? status.StartLoggingTime * 1000 : null
      if (started === null) return undefined
      const since = now() - started
      let changed = false
      for (const [field, window] of [
        ['LatestDeliveryTime', settings.logFilesMs],
        ['LatestDigestDeliveryTime', settings.digestFilesMs]
      ]) {
        if (field in status && since < window) {
          delete status[field]
          changed = true
        }
      }
      if (!changed) return undefined
      return { ...answer, body: JSON.stringify(status) }
    }
  }
}
