// Words the findings and the report share.

/** "1 account", "2 accounts"; `many` for a plural that is not the word and an s. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
