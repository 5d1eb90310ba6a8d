/** Sent in the user agent of every AWS request, so CloudTrail itself shows which tool made a change. */
export const VERSION = '0.1.0'
